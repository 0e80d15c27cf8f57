import { describe, expect, it } from 'vitest';
import type { Desk } from '../../shared/contract/views';
import {
  arrivedTickets,
  finishedOn,
  mergeTicket,
  toTicketMap,
  waitingTickets,
  withCall,
} from './desk-tickets';
import { DAY, T0, ticket } from './test-ticket';

const desk: Desk = { id: 1, departmentId: 1, nameKo: '1번 창구', nameEn: 'Desk 1', mode: 'queue' };

describe('mergeTicket', () => {
  it('replaces the copy with the ticket after the change', () => {
    const map = toTicketMap([ticket(1)]);
    const called = ticket(1, { status: 'arrived', deskId: 1, arrivedAt: T0 + 5000 });
    expect(mergeTicket(map, called, desk)[1]).toEqual(called);
  });

  it('never moves a copy back to an earlier step when a reply and an event race', () => {
    const acknowledged = ticket(1, { status: 'acknowledged', deskId: 1, arrivedAt: T0, acknowledgedAt: T0 });
    const map = toTicketMap([acknowledged]);
    expect(mergeTicket(map, ticket(1, { status: 'arrived', deskId: 1, arrivedAt: T0 }), desk)).toBe(map);
  });

  it('ignores other departments and forgets tickets another desk took', () => {
    const map = toTicketMap([ticket(1)]);
    expect(mergeTicket(map, ticket(2, { departmentId: 2 }), desk)).toBe(map);
    const takenElsewhere = mergeTicket(map, ticket(1, { status: 'arrived', deskId: 2, arrivedAt: T0 }), desk);
    expect(takenElsewhere[1]).toBeUndefined();
  });
});

describe('derived lists', () => {
  const map = toTicketMap([
    ticket(3),
    ticket(2),
    ticket(9, { businessDay: '2026-11-22' }),
    ticket(4, { status: 'arrived', deskId: 1, arrivedAt: T0 + 9000 }),
    ticket(5, { status: 'acknowledged', deskId: 1, arrivedAt: T0 + 7000, acknowledgedAt: T0 + 8000 }),
    ticket(6, { status: 'served', deskId: 1, finishedAt: T0 + 60_000 }),
    ticket(7, { status: 'noShow', deskId: 1, finishedAt: T0 + 90_000 }),
    ticket(8, { status: 'served', deskId: 1, finishedAt: T0 - 86_400_000 }),
  ]);

  const first = { priorityRule: { kind: 'first' } } as const;

  it('lists today’s queue first come first served', () => {
    expect(waitingTickets(map, desk, DAY, first, []).map((t) => t.id)).toEqual([2, 3]);
  });

  it('puts a visitor owed a repeat visit by staff error first, as the hub calls them', () => {
    const withRepeat = { ...map, 10: ticket(10, { servedFirst: true }) };
    expect(waitingTickets(withRepeat, desk, DAY, first, []).map((t) => t.id)).toEqual([10, 2, 3]);
  });

  it('puts a transferred visitor where their first ticket placed them, as the hub calls them', () => {
    // Ticket 20 came over from another department, where the visitor took ticket 1 before 2 and 3.
    const withTransfer = { ...map, 20: ticket(20, { transferredFromTicketId: 19, firstTicketId: 1 }) };
    expect(waitingTickets(withTransfer, desk, DAY, first, []).map((t) => t.id)).toEqual([20, 2, 3]);
  });

  it('orders priority visitors by the department’s rule and its calls so far', () => {
    const withPriority = { ...map, 11: ticket(11, { prioritized: true, priorityNeed: 'elderly' }) };
    expect(waitingTickets(withPriority, desk, DAY, first, []).map((t) => t.id)).toEqual([11, 2, 3]);
    const ratio = { priorityRule: { kind: 'ratio', ordinaryPerPriority: 2 } } as const;
    const calls = [{ ticketId: 1, prioritized: true, at: T0 }];
    expect(waitingTickets(withPriority, desk, DAY, ratio, calls).map((t) => t.id)).toEqual([2, 3, 11]);
  });

  it('counts each call of the department once, whatever repeats it', () => {
    const called = ticket(12, { status: 'arrived', deskId: 2, arrivedAt: T0 + 20_000, prioritized: true });
    const once = withCall([], called, desk);
    expect(once).toEqual([{ ticketId: 12, prioritized: true, at: T0 + 20_000 }]);
    expect(withCall(once, { ...called, callCount: 2 }, desk)).toBe(once);
    expect(withCall(once, ticket(13), desk)).toBe(once);
    expect(withCall(once, { ...ticket(14, { departmentId: 2 }), arrivedAt: T0 }, desk)).toBe(once);
  });

  it('lists today’s visitors at the desk in the order they arrived', () => {
    expect(arrivedTickets(map, desk, DAY).map((t) => t.id)).toEqual([5, 4]);
  });

  it('never shows a visitor of an earlier day at the desk, even before the hub closes that day', () => {
    const yesterday = ticket(11, {
      businessDay: '2026-11-22',
      status: 'arrived',
      deskId: 1,
      arrivedAt: T0 - 86_400_000,
    });
    expect(arrivedTickets({ ...map, 11: yesterday }, desk, DAY).map((t) => t.id)).toEqual([5, 4]);
  });

  it('lists the day’s finished visits newest first', () => {
    expect(finishedOn(map, desk, DAY).map((t) => t.id)).toEqual([7, 6]);
  });
});
