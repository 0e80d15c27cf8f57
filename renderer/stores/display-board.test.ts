import { describe, expect, it } from 'vitest';
import type { HubEvent } from '../../shared/contract/events';
import type { DepartmentWithQueue, DisplayBoard, Ticket } from '../../shared/contract/views';
import { applyDisplayEvent, callOf, CALLS_KEPT } from './display-board';

// Cast: the contract's types grow fields the board does not read.
const ticket = (id: number, patch: Partial<Ticket> = {}): Ticket =>
  ({
    id,
    number: `A${String(id).padStart(3, '0')}`,
    departmentId: 1,
    deskId: 1,
    routedFromDeskId: null,
    ...patch,
  }) as Ticket;
const department = { id: 1, waiting: 3 } as DepartmentWithQueue;

const board: DisplayBoard = { calls: [], desks: [], departments: [department], away: [], now: 0, seq: 10 };
let seq = 10;
const event = (body: Record<string, unknown>): HubEvent => ({ ...body, seq: ++seq, at: 0 }) as HubEvent;

describe('applyDisplayEvent', () => {
  it('puts each call on top and keeps only what the wall shows', () => {
    let next = board;
    for (let id = 1; id <= CALLS_KEPT + 3; id++) {
      next = applyDisplayEvent(next, event({ type: 'ticketCalled', ticket: ticket(id) }));
    }
    expect(next.calls).toHaveLength(CALLS_KEPT);
    expect(next.calls[0]!.id).toBe(CALLS_KEPT + 3);
  });

  it('moves a recalled number back to the top instead of listing it twice', () => {
    const called = [1, 2].reduce(
      (b, id) => applyDisplayEvent(b, event({ type: 'ticketCalled', ticket: ticket(id) })),
      board,
    );
    const recalled = applyDisplayEvent(called, event({ type: 'ticketRecalled', ticket: ticket(1) }));
    expect(recalled.calls.map((c) => c.id)).toEqual([1, 2]);
  });

  it('counts the department’s queue down as numbers are called', () => {
    const next = applyDisplayEvent(board, event({ type: 'ticketCalled', ticket: ticket(1) }));
    expect(next.departments[0]!.waiting).toBe(2);
  });

  it('lists away desks until they return', () => {
    const away = { deskId: 5, reason: 'meeting', standInDeskId: 6, since: 0 };
    const set = applyDisplayEvent(board, event({ type: 'deskAwaySet', away }));
    expect(set.away).toEqual([away]);
    expect(applyDisplayEvent(set, event({ type: 'deskReturned', deskId: 5 })).away).toEqual([]);
  });

  it('ignores events the snapshot already includes', () => {
    expect(applyDisplayEvent(board, { type: 'ticketCalled', ticket: ticket(1), seq: 9, at: 0 })).toBe(board);
  });
});

describe('callOf', () => {
  it('announces calls, recalls and arrivals sent on to a stand-in, not plain check-ins', () => {
    expect(callOf(event({ type: 'ticketCalled', ticket: ticket(1) }))?.recall).toBe(false);
    expect(callOf(event({ type: 'ticketRecalled', ticket: ticket(1) }))?.recall).toBe(true);
    expect(
      callOf(event({ type: 'ticketCheckedIn', ticket: ticket(1, { routedFromDeskId: 5 }) })),
    ).not.toBeNull();
    expect(callOf(event({ type: 'ticketCheckedIn', ticket: ticket(1) }))).toBeNull();
    expect(callOf(event({ type: 'arrivalAcknowledged', ticket: ticket(1) }))).toBeNull();
  });
});
