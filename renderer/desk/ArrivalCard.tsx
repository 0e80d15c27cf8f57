import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../shared/contract/views';
import { displayTicketNumber } from '../../shared/numbering/ticket-number';
import { clockState, isWithinTarget, timeToAttend } from '../../shared/visit/clocks';
import { formatDuration } from '../time/format-duration';
import { formatTimeOfDay } from '../time/hub-time';
import { AttendClock } from './AttendClock';
import { ClockVerdict } from './ClockVerdict';

type ArrivalCardProps = {
  ticket: Ticket;
  now: number;
  busy: boolean;
  /** Without a sign-in at this desk the card only shows. */
  readOnly: boolean;
  /** The visitor the A key acknowledges. */
  isHotkeyTarget: boolean;
  onAcknowledge: (ticketId: number) => void;
  onServe: (ticketId: number) => void;
  onNoShow: (ticketId: number) => void;
};

export function ArrivalCard({
  ticket,
  now,
  busy,
  readOnly,
  isHotkeyTarget,
  onAcknowledge,
  onServe,
  onNoShow,
}: ArrivalCardProps) {
  const { t, i18n } = useTranslation();
  const number = displayTicketNumber(ticket.number);
  const acknowledged = ticket.status === 'acknowledged';
  const recorded = acknowledged ? timeToAttend(ticket, now) : null;
  const verdict = isWithinTarget(recorded, ticket.attendTargetMs);
  const running = acknowledged
    ? null
    : clockState(timeToAttend(ticket, now) ?? 0, ticket.attendTargetMs, ticket.warningShare);
  const stateClass = acknowledged ? ' arrival--acknowledged' : running ? ` arrival--${running}` : '';

  return (
    <li className={`arrival${stateClass}`}>
      <div className="arrival__who">
        <p className="arrival__number">{number}</p>
        {ticket.arrivedAt !== null ? (
          <p className="arrival__meta">
            {t('desk.arrivals.arrivedAt', { time: formatTimeOfDay(ticket.arrivedAt, i18n.language) })}
          </p>
        ) : null}
      </div>
      {acknowledged && recorded !== null ? (
        <div className="recorded">
          <span className="recorded__label">{t('desk.arrivals.recorded')}</span>
          <span className="recorded__time">{formatDuration(recorded)}</span>
          <ClockVerdict state={verdict === null ? null : verdict ? 'within' : 'breached'} />
        </div>
      ) : (
        <AttendClock ticket={ticket} now={now} />
      )}
      <div className="arrival__actions">
        {readOnly ? null : acknowledged ? (
          <button
            type="button"
            className="button button--primary button--large"
            disabled={busy}
            onClick={() => {
              onServe(ticket.id);
            }}
          >
            <span className="visually-hidden">{number} </span>
            {t('desk.arrivals.serve')}
          </button>
        ) : (
          <>
            <button
              type="button"
              className="button button--primary button--large"
              disabled={busy}
              aria-keyshortcuts={isHotkeyTarget ? 'A' : undefined}
              onClick={() => {
                onAcknowledge(ticket.id);
              }}
            >
              <span className="visually-hidden">{number} </span>
              {t('desk.arrivals.acknowledge')}
              {isHotkeyTarget ? <kbd aria-hidden="true">A</kbd> : null}
            </button>
            <button
              type="button"
              className="button button--quiet button--large"
              disabled={busy}
              onClick={() => {
                onNoShow(ticket.id);
              }}
            >
              <span className="visually-hidden">{number} </span>
              {t('desk.arrivals.noShow')}
            </button>
          </>
        )}
      </div>
    </li>
  );
}
