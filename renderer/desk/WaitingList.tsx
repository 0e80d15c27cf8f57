import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../shared/contract/views';
import { displayTicketNumber } from '../../shared/numbering/ticket-number';
import { timeToGuide } from '../../shared/visit/clocks';
import { useHubNow } from '../hooks/use-hub-now';
import { formatDuration } from '../time/format-duration';
import { formatTimeOfDay } from '../time/hub-time';

export function WaitingList({ waiting, offset }: { waiting: Ticket[]; offset: number }) {
  const { t, i18n } = useTranslation();
  const now = useHubNow(offset, 1000);
  return (
    <section className="panel panel--side" aria-labelledby="waiting-heading">
      <h2 id="waiting-heading" className="panel__title">
        {t('desk.waiting.heading')}
        <span className="count">{waiting.length}</span>
      </h2>
      {waiting.length === 0 ? (
        <p className="empty empty--small">{t('desk.waiting.empty')}</p>
      ) : (
        <ol className="ticket-rows">
          {waiting.map((ticket) => (
            <li key={ticket.id} className="ticket-row">
              <span className="ticket-row__number">{displayTicketNumber(ticket.number)}</span>
              <span className="ticket-row__detail">
                {t('desk.waiting.issuedAt', { time: formatTimeOfDay(ticket.issuedAt, i18n.language) })}
              </span>
              <span className="ticket-row__value">
                {t('desk.waiting.since', { duration: formatDuration(timeToGuide(ticket, now) ?? 0) })}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
