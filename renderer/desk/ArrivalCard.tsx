import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../shared/contract/views';
import { displayTicketNumber } from '../../shared/numbering/ticket-number';
import { clockState, isWithinTarget, timeToAttend } from '../../shared/visit/clocks';
import { useDeskStore } from '../stores/desk-store';
import { formatDuration } from '../time/format-duration';
import { formatTimeOfDay } from '../time/hub-time';
import { AttendClock } from './AttendClock';
import { ClockVerdict } from './ClockVerdict';
import { RepeatVisitPanel } from './RepeatVisitPanel';
import { TicketFlags, TransferNote } from './TicketFlags';

type ArrivalCardProps = {
  ticket: Ticket;
  now: number;
  /** Without a sign-in at this desk the card only shows. */
  readOnly: boolean;
  /** The visitor the A and R keys act on. */
  isHotkeyTarget: boolean;
  onTransfer: (ticket: Ticket) => void;
};

export function ArrivalCard({ ticket, now, readOnly, isHotkeyTarget, onTransfer }: ArrivalCardProps) {
  const { t, i18n } = useTranslation();
  const busy = useDeskStore((s) => s.busy);
  const { acknowledge, finishService, markNoShow, recall } = useDeskStore.getState();
  const [linkingRepeat, setLinkingRepeat] = useState(false);
  const [serveNote, setServeNote] = useState('');
  const number = displayTicketNumber(ticket.number);
  const acknowledged = ticket.status === 'acknowledged';
  const recorded = acknowledged ? timeToAttend(ticket, now) : null;
  const verdict = isWithinTarget(recorded, ticket.attendTargetMs);
  const running = acknowledged
    ? null
    : clockState(timeToAttend(ticket, now) ?? 0, ticket.attendTargetMs, ticket.warningShare);
  const stateClass = acknowledged ? ' arrival--acknowledged' : running ? ` arrival--${running}` : '';
  const showRepeat = ticket.repeatOfTicketId !== null || ticket.repeatJudgement !== null || linkingRepeat;
  const hidden = <span className="visually-hidden">{number} </span>;

  return (
    <li className={`arrival${stateClass}`}>
      <div className="arrival__who">
        <p className="arrival__number">{number}</p>
        {ticket.arrivedAt !== null ? (
          <p className="arrival__meta">
            {t('desk.arrivals.arrivedAt', { time: formatTimeOfDay(ticket.arrivedAt, i18n.language) })}
            {ticket.callCount > 1 ? ` · ${t('deskWork.calledTimes', { count: ticket.callCount })}` : null}
          </p>
        ) : null}
        {readOnly || showRepeat ? null : (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setLinkingRepeat(true);
            }}
          >
            {hidden}
            {t('deskWork.repeat.link')}
          </button>
        )}
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
      {readOnly ? (
        <div className="arrival__actions" />
      ) : acknowledged ? (
        <form
          className="arrival__actions"
          onSubmit={(event) => {
            event.preventDefault();
            void finishService(ticket.id, serveNote).then((outcome) => {
              if (outcome === 'done') setServeNote('');
            });
          }}
        >
          <label className="visually-hidden" htmlFor={`serve-note-${ticket.id}`}>
            {t('deskWork.serve.noteLabel', { number })}
          </label>
          <input
            id={`serve-note-${ticket.id}`}
            className="serve-note"
            value={serveNote}
            maxLength={1000}
            autoComplete="off"
            placeholder={t('deskWork.serve.notePlaceholder')}
            onChange={(event) => {
              setServeNote(event.target.value);
            }}
          />
          <div className="arrival__buttons">
            <button type="submit" className="button button--primary button--large" disabled={busy}>
              {hidden}
              {t('desk.arrivals.serve')}
            </button>
            <button
              type="button"
              className="button button--quiet button--large"
              disabled={busy}
              onClick={() => {
                onTransfer(ticket);
              }}
            >
              {hidden}
              {t('deskWork.transfer.open')}
            </button>
          </div>
        </form>
      ) : (
        <div className="arrival__actions">
          <button
            type="button"
            className="button button--primary button--large arrival__main"
            disabled={busy}
            aria-keyshortcuts={isHotkeyTarget ? 'A' : undefined}
            onClick={() => void acknowledge(ticket.id)}
          >
            {hidden}
            {t('desk.arrivals.acknowledge')}
            {isHotkeyTarget ? <kbd aria-hidden="true">A</kbd> : null}
          </button>
          <div className="arrival__buttons arrival__buttons--small">
            {ticket.callCount > 0 ? (
              <button
                type="button"
                className="button button--quiet"
                disabled={busy}
                aria-keyshortcuts={isHotkeyTarget ? 'R' : undefined}
                onClick={() => void recall(ticket.id)}
              >
                {hidden}
                {t('deskWork.recall')}
              </button>
            ) : null}
            <button
              type="button"
              className="button button--quiet"
              disabled={busy}
              onClick={() => {
                onTransfer(ticket);
              }}
            >
              {hidden}
              {t('deskWork.transfer.open')}
            </button>
            <button
              type="button"
              className="button button--quiet"
              disabled={busy}
              onClick={() => void markNoShow(ticket.id)}
            >
              {hidden}
              {t('desk.arrivals.noShow')}
            </button>
          </div>
        </div>
      )}
      <ArrivalDetails ticket={ticket} readOnly={readOnly} showRepeat={showRepeat} />
    </li>
  );
}

/** Everything the desk should read before attending: flags, the transfer note, a repeat visit. */
function ArrivalDetails({
  ticket,
  readOnly,
  showRepeat,
}: {
  ticket: Ticket;
  readOnly: boolean;
  showRepeat: boolean;
}) {
  const hasFlags = ticket.servedFirst || ticket.prioritized || ticket.routedFromDeskId !== null;
  const hasNote = ticket.transferredFromTicketId !== null && Boolean(ticket.note);
  if (!hasFlags && !hasNote && !showRepeat) return null;
  return (
    <div className="arrival__details">
      <TicketFlags ticket={ticket} />
      <TransferNote ticket={ticket} />
      {showRepeat ? <RepeatVisitPanel ticket={ticket} readOnly={readOnly} /> : null}
    </div>
  );
}
