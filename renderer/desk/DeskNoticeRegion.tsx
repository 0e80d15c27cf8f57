import { useTranslation } from 'react-i18next';
import { displayTicketNumber } from '../../shared/numbering/ticket-number';
import { errorMessage } from '../i18n/errors';
import type { DeskNotice } from '../stores/desk-store';
import { AlertIcon, CheckIcon } from '../ui/icons';

/** Always in the page, so screen readers announce each new message politely. */
export function DeskNoticeRegion({ notice }: { notice: DeskNotice | null }) {
  const { t } = useTranslation();
  const isError = notice !== null && (notice.kind === 'error' || notice.kind === 'invalidCode');
  const text =
    notice === null
      ? ''
      : notice.kind === 'error'
        ? errorMessage(t, notice.code)
        : notice.kind === 'invalidCode'
          ? t('desk.notice.invalidCode')
          : t(`desk.notice.${notice.kind}`, { number: displayTicketNumber(notice.number) });
  return (
    <div className="desk-notice" role="status">
      {notice === null ? null : (
        <p key={notice.at} className={isError ? 'notice notice--error' : 'notice notice--ok'}>
          {isError ? <AlertIcon /> : <CheckIcon />}
          {text}
        </p>
      )}
    </div>
  );
}
