import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../shared/contract/views';
import { clockState, timeToAttend } from '../../shared/visit/clocks';
import { formatDuration } from '../../shared/time/duration';
import { ClockVerdict } from './ClockVerdict';

/** The running time-to-attend of a visitor standing at the desk. */
export function AttendClock({ ticket, now }: { ticket: Ticket; now: number }) {
  const { t } = useTranslation();
  const elapsed = timeToAttend(ticket, now) ?? 0;
  const state = clockState(elapsed, ticket.attendTargetMs, ticket.warningShare);
  const progress = ticket.attendTargetMs === null ? 0 : Math.min(1, elapsed / ticket.attendTargetMs);
  return (
    <div className={`attend-clock attend-clock--${state ?? 'none'}`}>
      <span className="attend-clock__label">{t('desk.arrivals.waitingClock')}</span>
      <span className="attend-clock__time" role="timer">
        {formatDuration(elapsed)}
      </span>
      <ClockVerdict state={state} />
      {ticket.attendTargetMs === null ? null : (
        <span className="attend-clock__track" aria-hidden="true">
          <span className="attend-clock__bar" style={{ inlineSize: `${progress * 100}%` }} />
        </span>
      )}
    </div>
  );
}
