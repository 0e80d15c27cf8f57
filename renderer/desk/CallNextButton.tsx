import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../shared/contract/views';
import { displayTicketNumber } from '../../shared/numbering/ticket-number';

type CallNextButtonProps = { waiting: Ticket[]; busy: boolean; away: boolean; onCall: () => void };

export function CallNextButton({ waiting, busy, away, onCall }: CallNextButtonProps) {
  const { t } = useTranslation();
  const next = waiting[0];
  const reason = away
    ? t('deskWork.away.callDisabled')
    : next
      ? t('desk.callNextWaiting', { number: displayTicketNumber(next.number), count: waiting.length })
      : t('desk.queueEmpty');
  return (
    <div className="call-next">
      <button
        type="button"
        className="button button--primary button--xl call-next__button"
        disabled={busy || away || next === undefined}
        aria-describedby="call-next-reason"
        aria-keyshortcuts="N"
        onClick={onCall}
      >
        {t('desk.callNext')}
        <kbd aria-hidden="true">N</kbd>
      </button>
      <p
        id="call-next-reason"
        className={
          away
            ? 'call-next__reason call-next__reason--away'
            : next
              ? 'call-next__reason'
              : 'call-next__reason call-next__reason--empty'
        }
      >
        {reason}
      </p>
    </div>
  );
}
