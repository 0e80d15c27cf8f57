import type { HubEvent } from '../../shared/contract/events';
import type { DisplayBoard, Ticket } from '../../shared/contract/views';
import { queueChanges } from './office-events';

/** The current call and the six before it: what the wall shows, and all the display keeps. */
export const CALLS_KEPT = 7;

/** A call the display should announce: a desk called or recalled the number, or a stand-in took it. */
export type AnnouncedCall = { ticket: Ticket; recall: boolean; seq: number; at: number };

export function callOf(event: HubEvent): AnnouncedCall | null {
  const base = { seq: event.seq, at: event.at };
  if (event.type === 'ticketCalled') return { ticket: event.ticket, recall: false, ...base };
  if (event.type === 'ticketRecalled') return { ticket: event.ticket, recall: true, ...base };
  // A plain check-in happens at the desk itself; only a visitor sent on to a stand-in needs telling.
  if (event.type === 'ticketCheckedIn' && event.ticket.routedFromDeskId !== null) {
    return { ticket: event.ticket, recall: false, ...base };
  }
  return null;
}

function upsertBy<T>(list: readonly T[], item: T, key: (value: T) => number): T[] {
  const k = key(item);
  return list.some((existing) => key(existing) === k)
    ? list.map((existing) => (key(existing) === k ? item : existing))
    : [...list, item];
}

/** Newest call first; a recalled number moves back to the top rather than appearing twice. */
function withCall(calls: readonly Ticket[], ticket: Ticket): Ticket[] {
  return [ticket, ...calls.filter((call) => call.id !== ticket.id)].slice(0, CALLS_KEPT);
}

/** The board after one more event; events it already includes change nothing. */
export function applyDisplayEvent(board: DisplayBoard, event: HubEvent): DisplayBoard {
  if (event.seq <= board.seq) return board;
  const next: DisplayBoard = { ...board, seq: event.seq };
  const call = callOf(event);
  if (call) next.calls = withCall(board.calls, call.ticket);
  const changes = queueChanges(event);
  if (changes.size > 0) {
    next.departments = board.departments.map((department) => {
      const delta = changes.get(department.id) ?? 0;
      return delta === 0 ? department : { ...department, waiting: Math.max(0, department.waiting + delta) };
    });
  }
  // A new business day: the calls of the days before it are no longer anyone's to answer.
  if (event.type === 'visitsClosedAtDayEnd')
    next.calls = next.calls.filter((c) => c.businessDay >= event.today);
  if (event.type === 'deskAwaySet') next.away = upsertBy(board.away, event.away, (a) => a.deskId);
  else if (event.type === 'deskReturned') next.away = board.away.filter((a) => a.deskId !== event.deskId);
  else if (event.type === 'deskDefined') next.desks = upsertBy(board.desks, event.desk, (d) => d.id);
  else if (event.type === 'departmentDefined') {
    const known = board.departments.find((d) => d.id === event.department.id);
    next.departments = upsertBy(
      board.departments,
      { waiting: 0, estimatedWaitMs: null, ...known, ...event.department, tasks: event.tasks },
      (d) => d.id,
    );
  }
  return next;
}
