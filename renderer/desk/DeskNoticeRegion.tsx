import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { asUiLanguage } from '../i18n';
import { speak } from '../kiosk/speech';
import type { DeskNotice } from '../stores/desk-store';
import { AlertIcon, CheckIcon } from '../ui/icons';
import { isErrorNotice, noticeText } from './notice-text';
import { useDeskDirectory } from './use-desk-directory';

/**
 * Always in the page, so screen readers announce each new message politely. A refusal is also
 * said aloud: staff pressing a key look at the visitor, not at the status line.
 */
export function DeskNoticeRegion({ notice }: { notice: DeskNotice | null }) {
  const { t, i18n } = useTranslation();
  const directory = useDeskDirectory();
  const text = notice === null ? null : noticeText(t, notice, directory);
  const refusal = notice !== null && isErrorNotice(notice) ? text : null;
  const language = asUiLanguage(i18n.language);
  useEffect(() => {
    if (refusal !== null) speak(refusal, language);
    // Each notice is said once, when it arrives: its `at` tells one from the next.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [notice?.at]);
  return (
    <div className="desk-notice" role="status">
      {notice === null ? null : (
        <p key={notice.at} className={isErrorNotice(notice) ? 'notice notice--error' : 'notice notice--ok'}>
          {isErrorNotice(notice) ? <AlertIcon /> : <CheckIcon />}
          {text}
        </p>
      )}
    </div>
  );
}
