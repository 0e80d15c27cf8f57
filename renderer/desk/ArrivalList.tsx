import { useTranslation } from 'react-i18next';
import type { DeskMode, Ticket } from '../../shared/contract/views';
import { useHubNow } from '../hooks/use-hub-now';
import { ArrivalCard } from './ArrivalCard';

type ArrivalListProps = {
  arrivals: Ticket[];
  mode: DeskMode;
  offset: number;
  readOnly: boolean;
  hotkeyTargetId: number | null;
  onTransfer: (ticket: Ticket) => void;
};

export function ArrivalList({ arrivals, mode, offset, hotkeyTargetId, ...cardProps }: ArrivalListProps) {
  const { t } = useTranslation();
  // Only this list ticks ten times a second (clocks show tenths); the rest re-renders on events.
  const now = useHubNow(offset, 100);
  return (
    <section className="panel" aria-labelledby="arrivals-heading">
      <h2 id="arrivals-heading" className="panel__title">
        {t('desk.arrivals.heading')}
        <span className="count">{arrivals.length}</span>
      </h2>
      {arrivals.length === 0 ? (
        <div className="empty">
          <p className="empty__title">{t('desk.arrivals.empty')}</p>
          <p>{mode === 'queue' ? t('desk.arrivals.emptyQueue') : t('desk.arrivals.emptyDirect')}</p>
        </div>
      ) : (
        <ul className="arrivals">
          {arrivals.map((ticket) => (
            <ArrivalCard
              key={ticket.id}
              ticket={ticket}
              now={now}
              isHotkeyTarget={ticket.id === hotkeyTargetId}
              {...cardProps}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
