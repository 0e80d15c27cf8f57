import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../shared/contract/views';
import { displayTicketNumber } from '../../shared/numbering/ticket-number';
import { timeToGuide } from '../../shared/visit/clocks';
import { useHubNow } from '../hooks/use-hub-now';
import { useDeskStore } from '../stores/desk-store';
import { formatDuration } from '../../shared/time/duration';
import { formatTimeOfDay } from '../time/hub-time';
import { RepeatVisitPanel } from './RepeatVisitPanel';
import { TicketFlags, TransferNote } from './TicketFlags';

type WaitingListProps = {
  waiting: Ticket[];
  offset: number;
  /** Without a sign-in at this desk the list only shows. */
  readOnly: boolean;
  /** An away desk calls nobody; its buttons say why. */
  away: boolean;
};

export function WaitingList({ waiting, offset, readOnly, away }: WaitingListProps) {
  const { t, i18n } = useTranslation();
  // Times show tenths of a second (shared/time/duration.ts), so they tick as often.
  const now = useHubNow(offset, 100);
  const busy = useDeskStore((s) => s.busy);
  const callTicket = useDeskStore((s) => s.callTicket);
  return (
    <section className="panel panel--side" aria-labelledby="waiting-heading">
      <h2 id="waiting-heading" className="panel__title">
        {t('desk.waiting.heading')}
        <span className="count">{waiting.length}</span>
      </h2>
      {!readOnly && away && waiting.length > 0 ? (
        <p id="waiting-call-disabled" className="panel__note">
          {t('deskWork.away.callDisabled')}
        </p>
      ) : null}
      {waiting.length === 0 ? (
        <p className="empty empty--small">{t('desk.waiting.empty')}</p>
      ) : (
        <ol className="ticket-rows">
          {waiting.map((ticket) => {
            const number = displayTicketNumber(ticket.number);
            const repeat = ticket.repeatOfTicketId !== null;
            return (
              <li key={ticket.id} className="ticket-row ticket-row--waiting">
                <div className="ticket-row__line">
                  <span className="ticket-row__number">{number}</span>
                  <span className="ticket-row__detail">
                    {t('desk.waiting.issuedAt', { time: formatTimeOfDay(ticket.issuedAt, i18n.language) })}
                  </span>
                  <span className="ticket-row__value">
                    {t('desk.waiting.since', { duration: formatDuration(timeToGuide(ticket, now) ?? 0) })}
                  </span>
                  {readOnly ? null : (
                    <button
                      type="button"
                      className="button button--secondary ticket-row__call"
                      disabled={busy || away}
                      aria-describedby={away ? 'waiting-call-disabled' : undefined}
                      onClick={() => void callTicket(ticket.id)}
                    >
                      <span className="visually-hidden">{number} </span>
                      {t('deskWork.call')}
                    </button>
                  )}
                </div>
                <TicketFlags ticket={ticket} />
                <TransferNote ticket={ticket} />
                {repeat ? <RepeatVisitPanel ticket={ticket} readOnly={readOnly} /> : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
