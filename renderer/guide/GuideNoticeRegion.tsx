import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/errors';
import { detailsOf, type GuideData } from '../stores/guide-board';
import type { GuideNotice } from '../stores/guide-store';
import { AlertIcon, CheckIcon } from '../ui/icons';
import { requestLabel } from './request-label';

/** Always in the page, so screen readers announce each new message politely. */
export function GuideNoticeRegion({ notice, data }: { notice: GuideNotice | null; data: GuideData }) {
  const { t } = useTranslation();
  const isError = notice?.kind === 'error';
  let text = '';
  if (notice?.kind === 'error') {
    // Two guides pressing "accept" together is the usual cause, and worth saying plainly.
    text = notice.code === 'illegal_transition' ? t('guide.notice.taken') : errorMessage(t, notice.code);
  } else if (notice) {
    const request = requestLabel(t, notice.request, detailsOf(data, notice.request).ticket);
    text = t(`guide.notice.${notice.kind}`, { request });
  }
  return (
    <div className="guide-notice" role="status">
      {notice === null ? null : (
        <p key={notice.at} className={isError ? 'notice notice--error' : 'notice notice--ok'}>
          {isError ? <AlertIcon /> : <CheckIcon />}
          {text}
        </p>
      )}
    </div>
  );
}
