import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../shared/contract/views';
import { displayTicketNumber } from '../../shared/numbering/ticket-number';
import { isWithinTarget, timeToAttend } from '../../shared/visit/clocks';
import { formatDuration } from '../../shared/time/duration';
import { formatTimeOfDay } from '../time/hub-time';
import { ClockVerdict } from './ClockVerdict';

export function FinishedList({ finished }: { finished: Ticket[] }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="panel panel--side" aria-labelledby="finished-heading">
      <h2 id="finished-heading" className="panel__title">
        {t('desk.finished.heading')}
        <span className="count">{finished.length}</span>
      </h2>
      {finished.length === 0 ? (
        <p className="empty empty--small">{t('desk.finished.empty')}</p>
      ) : (
        <ol className="ticket-rows">
          {finished.map((ticket) => {
            // A finished visit's clock has stopped, so any "now" reads the same.
            const attend = ticket.acknowledgedAt === null ? null : timeToAttend(ticket, 0);
            const within = isWithinTarget(attend, ticket.attendTargetMs);
            return (
              <li key={ticket.id} className="ticket-row ticket-row--finished">
                <span className="ticket-row__number">{displayTicketNumber(ticket.number)}</span>
                <span className={`status-badge status-badge--${ticket.status}`}>
                  {ticket.status === 'noShow'
                    ? t('desk.finished.noShow')
                    : ticket.status === 'transferred'
                      ? t('desk.finished.transferred')
                      : t('desk.finished.served')}
                </span>
                <span className="ticket-row__detail">
                  {ticket.finishedAt === null
                    ? null
                    : t('desk.finished.finishedAt', {
                        time: formatTimeOfDay(ticket.finishedAt, i18n.language),
                      })}
                </span>
                {attend === null ? null : (
                  <span className="ticket-row__value ticket-row__attend">
                    {t('desk.finished.attend', { duration: formatDuration(attend) })}
                    <ClockVerdict state={within === null ? null : within ? 'within' : 'breached'} />
                  </span>
                )}
                {ticket.finishNote ? <p className="ticket-row__note">{ticket.finishNote}</p> : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
