import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandResult, CommandResults } from '../../shared/contract/commands';
import type { DeskState, DepartmentWithQueue } from '../../shared/contract/views';
import { startTestHub, type TestHub } from '../support/test-hub';

let t: TestHub;
beforeEach(async () => {
  t = await startTestHub();
});
afterEach(async () => {
  await t.dispose();
});

const CIVIL = 1; // 종합민원실: queue desks 1 and 2
const TAX = 2; // 세무회계과: queue desks 3 and 4

async function issue(departmentId: number): Promise<CommandResult<'issueTicket'>> {
  const r = await t.post('issueTicket', { departmentId }, null);
  if (r.status !== 200) throw new Error(JSON.stringify(r.json));
  t.clock.advance(60_000);
  return (r.json as { result: CommandResult<'issueTicket'> }).result;
}

async function ok<N extends keyof CommandResults>(name: N, body: object): Promise<CommandResult<N>> {
  const r = await t.post(name, body);
  if (r.status !== 200) throw new Error(`${name}: ${JSON.stringify(r.json)}`);
  t.clock.advance(5_000);
  return (r.json as { result: CommandResult<N> }).result;
}

const waitingAt = async (deskId: number) =>
  ((await t.get(`/api/v1/desks/${deskId}`, t.managerToken)).json as DeskState).waiting.map((w) => w.number);

describe('a transferred visitor in the next queue', () => {
  it('keeps the place of their first ticket: called 3rd of 6, as the desk list and the kiosk said', async () => {
    // 세무회계과 has B001 and B002 waiting when the visitor takes A001 at 종합민원실; B003–B005 come later.
    await issue(TAX);
    await issue(TAX);
    const visitor = await issue(CIVIL);
    for (let i = 0; i < 3; i++) await issue(TAX);
    expect(await waitingAt(3)).toEqual(['B001', 'B002', 'B003', 'B004', 'B005']);

    // Served at 종합민원실 after a while, then sent on to 세무회계과.
    t.clock.advance(20 * 60_000);
    await ok('callNext', { deskId: 1 });
    await ok('acknowledgeArrival', { deskId: 1, ticketId: visitor.ticket.id });
    const moved = await ok('transferTicket', {
      deskId: 1,
      ticketId: visitor.ticket.id,
      toDepartmentId: TAX,
      note: '취득세 신고 문의',
    });
    expect(moved.transferredTo).toMatchObject({ number: 'B006', firstTicketId: visitor.ticket.id });
    // The sending desk can tell the visitor: two people are ahead of you.
    expect(moved.ahead).toBe(2);

    // Both desks of 세무회계과 list the queue in the order it will be called.
    const expected = ['B001', 'B002', 'B006', 'B003', 'B004', 'B005'];
    expect(await waitingAt(3)).toEqual(expected);
    expect(await waitingAt(4)).toEqual(expected);
    // A newcomer at the kiosk has all six ahead; the lobby's count agrees.
    const newcomer = await issue(TAX);
    expect(newcomer.ahead).toBe(6);
    const { departments } = (await t.get('/api/v1/departments', t.managerToken)).json as {
      departments: DepartmentWithQueue[];
    };
    expect(departments.find((d) => d.id === TAX)?.waiting).toBe(7);

    // The desks call exactly that order, whichever desk calls.
    const called: string[] = [];
    for (let i = 0; i < 7; i++) called.push((await ok('callNext', { deskId: 3 + (i % 2) })).ticket.number);
    expect(called).toEqual([...expected, 'B007']);
  });

  it('keeps the first place of all along a chain of transfers, and a later visitor still waits behind', async () => {
    const first = await issue(CIVIL);
    await issue(TAX);
    await ok('callNext', { deskId: 1 });
    const toTax = await ok('transferTicket', {
      deskId: 1,
      ticketId: first.ticket.id,
      toDepartmentId: TAX,
      note: '세무 상담',
    });
    // B001 took a ticket after A001: the visitor is called before them.
    expect(toTax.ahead).toBe(0);
    await ok('callTicket', { deskId: 3, ticketId: toTax.transferredTo.id });
    const back = await ok('transferTicket', {
      deskId: 3,
      ticketId: toTax.transferredTo.id,
      toDepartmentId: CIVIL,
      note: '서류 보완 후 다시 접수',
    });
    expect(back.transferredTo).toMatchObject({ number: 'A002', firstTicketId: first.ticket.id });
    const later = await issue(CIVIL);
    expect(later.ahead).toBe(1);
    expect(await waitingAt(1)).toEqual(['A002', 'A003']);
  });
});
