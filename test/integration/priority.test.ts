import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandInput, CommandResult, CommandResults } from '../../shared/contract/commands';
import type { HubEvent } from '../../shared/contract/events';
import type { DeskState, DisplayBoard, GuideBoard, Ticket } from '../../shared/contract/views';
import { injeDepartments } from '../../server/demo/inje-office';
import { startTestHub, type TestHub } from '../support/test-hub';

let t: TestHub;
beforeEach(async () => {
  t = await startTestHub();
});
afterEach(async () => {
  await t.dispose();
});

const CIVIL = 1; // 종합민원실: queue desks 1 and 2, priority first
const TAX = 2; // 세무회계과: queue desks 3 and 4

/** A demo department as `defineDepartment` takes it (the demo's desk mode is not part of it). */
const definitionOf = (index: number): CommandInput<'defineDepartment'> =>
  Object.fromEntries(
    Object.entries(injeDepartments[index]!).filter(([key]) => key !== 'deskMode'),
  ) as CommandInput<'defineDepartment'>;

async function issue(departmentId: number, extra: object = {}): Promise<CommandResult<'issueTicket'>> {
  const r = await t.post('issueTicket', { departmentId, ...extra }, null);
  if (r.status !== 200) throw new Error(JSON.stringify(r.json));
  t.clock.advance(5_000);
  return (r.json as { result: CommandResult<'issueTicket'> }).result;
}

async function ok<N extends keyof CommandResults>(name: N, body: object): Promise<CommandResult<N>> {
  const r = await t.post(name, body);
  if (r.status !== 200) throw new Error(`${name}: ${JSON.stringify(r.json)}`);
  t.clock.advance(5_000);
  return (r.json as { result: CommandResult<N> }).result;
}

async function callAll(deskId: number, count: number): Promise<string[]> {
  const numbers: string[] = [];
  for (let i = 0; i < count; i++) numbers.push((await ok('callNext', { deskId })).ticket.number);
  return numbers;
}

describe('priority visitors (사회적 배려)', () => {
  it('are called first where the department says so, and told so on their ticket', async () => {
    await issue(CIVIL);
    await issue(CIVIL);
    const elderly = await issue(CIVIL, { priorityNeed: 'elderly' });
    expect(elderly.ticket).toMatchObject({ number: 'A003', prioritized: true, priorityNeed: 'elderly' });
    expect(elderly.ahead).toBe(0);
    const pregnant = await issue(CIVIL, { priorityNeed: 'pregnant' });
    expect(pregnant.ahead).toBe(1);
    const ordinary = await issue(CIVIL);
    expect(ordinary.ahead).toBe(4);

    const desk = (await t.get('/api/v1/desks/1')).json as DeskState;
    expect(desk.waiting.map((w) => w.number)).toEqual(['A003', 'A004', 'A001', 'A002', 'A005']);
    expect(await callAll(1, 5)).toEqual(['A003', 'A004', 'A001', 'A002', 'A005']);
  });

  it('are called one per N ordinary visitors where the department chose a ratio', async () => {
    const definition = { ...definitionOf(1), id: TAX };
    const defined = await ok('defineDepartment', {
      ...definition,
      priorityRule: { kind: 'ratio', ordinaryPerPriority: 2 },
    });
    expect(defined.department.priorityRule).toEqual({ kind: 'ratio', ordinaryPerPriority: 2 });
    // An edit that leaves the rule out keeps it.
    expect((await ok('defineDepartment', definition)).department.priorityRule).toEqual({
      kind: 'ratio',
      ordinaryPerPriority: 2,
    });

    for (const need of [null, null, null, 'disabled', 'elderly', null, null, 'pregnant']) {
      await issue(TAX, need === null ? {} : { priorityNeed: need });
    }
    // No priority call yet today: the first priority visitor goes at once, then two ordinary
    // visitors before each next one; priority visitors keep their own order.
    expect(await callAll(3, 3)).toEqual(['B004', 'B001', 'B002']);
    // The other desk of the department follows the same count.
    expect(await callAll(4, 1)).toEqual(['B005']);
    const desk = (await t.get('/api/v1/desks/3')).json as DeskState;
    expect(desk.departmentCalls.map((c) => c.prioritized)).toEqual([true, false, false, true]);
    expect(desk.waiting.map((w) => w.number)).toEqual(['B003', 'B006', 'B008', 'B007']);
    expect(await callAll(3, 4)).toEqual(['B003', 'B006', 'B008', 'B007']);

    // A newcomer's ticket may go ahead of a priority visitor already waiting: one ordinary call
    // since the last priority call, so the next ordinary visitor goes first, and is told so.
    expect((await issue(TAX, { priorityNeed: 'elderly' })).ahead).toBe(0);
    expect((await issue(TAX)).ahead).toBe(0);
    expect(await callAll(3, 2)).toEqual(['B010', 'B009']);
  });

  it('carry their flag into a transfer and an escort, and lobby screens learn that, not why', async () => {
    const events: HubEvent[] = [];
    t.hub.subscribe((e) => events.push(e));
    const { ticket } = await issue(CIVIL, { priorityNeed: 'disabled', language: 'en' });
    const escort = await ok('requestEscort', { kind: 'escort', reason: 'wheelchair', ticketId: ticket.id });
    expect(escort.request.priorityNeed).toBe('disabled');
    const guide = (await t.get('/api/v1/guide')).json as GuideBoard;
    expect(guide.requests[0]!.priorityNeed).toBe('disabled');

    await ok('callNext', { deskId: 1 });
    const moved = await ok('transferTicket', {
      deskId: 1,
      ticketId: ticket.id,
      toDepartmentId: TAX,
      note: '세무',
    });
    expect(moved.transferredTo).toMatchObject({ prioritized: true, priorityNeed: 'disabled' });

    const display = await t.pairDevice('display');
    const board = (await t.get('/api/v1/display', display)).json as DisplayBoard;
    expect(board.calls[0]).toMatchObject({ number: 'A001', prioritized: true });

    const { lobbyEvent } = await import('../../shared/contract/lobby-events');
    const lobby = events.flatMap((e) => {
      const seen = lobbyEvent(e);
      return seen === null ? [] : [seen];
    });
    const tickets = lobby.flatMap((e): Ticket[] =>
      e.type === 'ticketTransferred' ? [e.ticket, e.transferredTo] : 'ticket' in e ? [e.ticket] : [],
    );
    expect(tickets.length).toBeGreaterThan(0);
    expect(tickets.every((x) => x.prioritized && x.priorityNeed === null)).toBe(true);
    const escorts = lobby.flatMap((e) => ('request' in e ? [e.request] : []));
    expect(escorts.map((e) => e.priorityNeed)).toEqual([null]);
  });

  it('refuses a need or a rule it does not know, and changes nothing', async () => {
    const before = t.hub.lastSeq();
    expect((await t.post('issueTicket', { departmentId: CIVIL, priorityNeed: 'vip' }, null)).status).toBe(
      400,
    );
    const civil = definitionOf(0);
    for (const rule of [
      { kind: 'ratio', ordinaryPerPriority: 0 },
      { kind: 'ratio' },
      { kind: 'first', ordinaryPerPriority: 2 },
      { kind: 'always' },
    ]) {
      const reply = await t.post('defineDepartment', { ...civil, id: CIVIL, priorityRule: rule });
      expect(reply).toMatchObject({ status: 400, json: { error: { code: 'invalid_input' } } });
    }
    expect(t.hub.lastSeq()).toBe(before);
  });
});
