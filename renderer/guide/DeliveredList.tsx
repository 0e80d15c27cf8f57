import { useTranslation } from 'react-i18next';
import type { EscortRequest } from '../../shared/contract/views';
import { displayTicketNumber } from '../../shared/numbering/ticket-number';
import { detailsOf, type GuideData } from '../stores/guide-board';
import { formatDuration } from '../../shared/time/duration';
import { formatTimeOfDay } from '../time/hub-time';
import { ReasonIcon } from './reason-icons';

/** Today's finished escorts, compact: what it was, the recorded times, who took it. */
export function DeliveredList({ requests, data }: { requests: EscortRequest[]; data: GuideData }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <section className="panel panel--side" aria-labelledby="guide-delivered-heading">
      <h2 id="guide-delivered-heading" className="panel__title">
        {t('guide.delivered.heading')}
        <span className="count">{requests.length}</span>
      </h2>
      {requests.length === 0 ? (
        <p className="empty empty--small">{t('guide.delivered.empty')}</p>
      ) : (
        <ol className="delivered-rows">
          {requests.map((request) => {
            const { ticket, guide } = detailsOf(data, request);
            const { requestedAt, acceptedAt, deliveredAt } = request;
            return (
              <li key={request.id} className="delivered-row">
                <p className="delivered-row__what">
                  <span className="delivered-row__number">
                    {ticket ? displayTicketNumber(ticket.number) : t(`guide.kind.${request.kind}`)}
                  </span>
                  <span className="delivered-row__reason">
                    <ReasonIcon reason={request.reason} />
                    {ticket ? `${t(`guide.kind.${request.kind}`)} · ` : ''}
                    {t(`guide.reason.${request.reason}`)}
                  </span>
                  <span className="delivered-row__guide">{guide?.name ?? t('guide.someone')}</span>
                </p>
                {acceptedAt === null || deliveredAt === null ? null : (
                  <p className="delivered-row__times">
                    <span>{t('guide.requestedAt', { time: formatTimeOfDay(requestedAt, language) })}</span>
                    <span className="delivered-row__value">
                      {t('guide.acceptWait', { duration: formatDuration(acceptedAt - requestedAt) })}
                    </span>
                    <span className="delivered-row__value">
                      {t('guide.escortTime', { duration: formatDuration(deliveredAt - acceptedAt) })}
                    </span>
                    <span>{t('guide.deliveredAt', { time: formatTimeOfDay(deliveredAt, language) })}</span>
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
