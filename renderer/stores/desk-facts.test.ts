import { describe, expect, it } from 'vitest';
import type { HubEvent } from '../../shared/contract/events';
import type { Compensation, DeskAway } from '../../shared/contract/views';
import { needsRefresh, withAway, withCompensation, withoutAway } from './desk-facts';
import { ticket } from './test-ticket';

const desk = { id: 1, departmentId: 1 };
const event = (body: Record<string, unknown>): HubEvent => ({ seq: 9, at: 0, ...body }) as HubEvent;

describe('needsRefresh', () => {
  it('asks again when a visit at this desk is attended or finished, since the figures change', () => {
    const here = ticket(1, { status: 'acknowledged', deskId: 1 });
    expect(needsRefresh(event({ type: 'arrivalAcknowledged', ticket: here }), desk, {})).toBe(true);
    expect(
      needsRefresh(event({ type: 'visitFinished', ticket: { ...here, status: 'served' } }), desk, {}),
    ).toBe(true);
  });

  it('does not ask for calls, issues, or another desk’s work', () => {
    expect(needsRefresh(event({ type: 'ticketIssued', ticket: ticket(1) }), desk, {})).toBe(false);
    const called = ticket(1, { status: 'arrived', deskId: 1 });
    expect(needsRefresh(event({ type: 'ticketCalled', ticket: called }), desk, {})).toBe(false);
    const elsewhere = ticket(2, { status: 'acknowledged', deskId: 2 });
    expect(needsRefresh(event({ type: 'arrivalAcknowledged', ticket: elsewhere }), desk, {})).toBe(false);
  });

  it('asks for an earlier visit this desk shows but does not know yet', () => {
    const repeat = ticket(3, { repeatOfTicketId: 7 });
    expect(needsRefresh(event({ type: 'ticketIssued', ticket: repeat }), desk, {})).toBe(true);
    const known = {
      7: {
        ticketId: 7,
        number: 'A007',
        businessDay: '2026-11-22',
        departmentId: 1,
        deskId: 2,
        status: 'served' as const,
      },
    };
    expect(needsRefresh(event({ type: 'ticketIssued', ticket: repeat }), desk, known)).toBe(false);
    const otherDepartment = ticket(4, { repeatOfTicketId: 7, departmentId: 2 });
    expect(needsRefresh(event({ type: 'ticketIssued', ticket: otherDepartment }), desk, {})).toBe(false);
  });

  it('asks where a transferred visitor comes from when the desk does not know that ticket yet', () => {
    const origin = ticket(8, { status: 'transferred', deskId: 3, departmentId: 2 });
    const arriving = ticket(9, { transferredFromTicketId: 8 });
    const transferred = event({ type: 'ticketTransferred', ticket: origin, transferredTo: arriving });
    expect(needsRefresh(transferred, desk, {})).toBe(true);
    const known = {
      8: {
        ticketId: 8,
        number: 'B002',
        businessDay: '2026-11-23',
        departmentId: 2,
        deskId: 3,
        status: 'transferred' as const,
      },
    };
    expect(needsRefresh(transferred, desk, known)).toBe(false);
  });
});

describe('away desks and compensations', () => {
  const away = (deskId: number, standInDeskId: number): DeskAway => ({
    deskId,
    reason: 'meeting',
    standInDeskId,
    since: 0,
  });

  it('keeps one away entry per desk', () => {
    const list = withAway([away(1, 2), away(3, 4)], away(1, 5));
    expect(list.map((a) => [a.deskId, a.standInDeskId])).toEqual([
      [3, 4],
      [1, 5],
    ]);
    expect(withoutAway(list, 1).map((a) => a.deskId)).toEqual([3]);
  });

  it('replaces a compensation by id, never duplicating it when reply and event both arrive', () => {
    const compensation = { id: 4, ticketId: 9, status: 'pending' } as Compensation;
    expect(withCompensation(withCompensation([], compensation), compensation)).toEqual([compensation]);
  });
});
