import { useTranslation } from 'react-i18next';
import type { DeskNotice } from '../stores/desk-store';
import { AlertIcon, CheckIcon } from '../ui/icons';
import { isErrorNotice, noticeText } from './notice-text';
import { useDeskDirectory } from './use-desk-directory';

/** Always in the page, so screen readers announce each new message politely. */
export function DeskNoticeRegion({ notice }: { notice: DeskNotice | null }) {
  const { t } = useTranslation();
  const directory = useDeskDirectory();
  return (
    <div className="desk-notice" role="status">
      {notice === null ? null : (
        <p key={notice.at} className={isErrorNotice(notice) ? 'notice notice--error' : 'notice notice--ok'}>
          {isErrorNotice(notice) ? <AlertIcon /> : <CheckIcon />}
          {noticeText(t, notice, directory)}
        </p>
      )}
    </div>
  );
}
