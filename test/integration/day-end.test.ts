import { afterEach, describe, expect, it } from 'vitest';
import type { CommandResult, CommandResults } from '../../shared/contract/commands';
import type { HubEvent } from '../../shared/contract/events';
import type { ReportSummary } from '../../shared/report/summary';
import type { DeskState, Office, Ticket } from '../../shared/contract/views';
import { createFakeClock } from '../support/fake-clock';
import { startTestHub, type TestHub } from '../support/test-hub';

// Day D is Monday 2026-11-23 and D+1 Tuesday 2026-11-24; the demo office opens 09:00–18:00.
const D = '2026-11-23';
const seoul = (day: string, time: string) => Date.parse(`${day}T${time}+09:00`);

const CIVIL = 1; // 종합민원실, queue desks 1 and 2
const WELFARE = 3; // 주민복지과, direct-service desks 5 and 6

const hubs: TestHub[] = [];
afterEach(async () => {
  for (const h of hubs.splice(0)) await h.dispose().catch(() => undefined);
});

async function ok<N extends keyof CommandResults>(
  t: TestHub,
  name: N,
  body: object,
  token?: string | null,
): Promise<CommandResult<N>> {
  const r = await t.post(name, body, token);
  if (r.status !== 200) throw new Error(`${name}: ${JSON.stringify(r.json)}`);
  return (r.json as { result: CommandResult<N> }).result;
}

const issue = async (t: TestHub, departmentId: number): Promise<Ticket> =>
  (await ok(t, 'issueTicket', { departmentId }, null)).ticket;

/** A manager's session of the day: yesterday's has run out by the next morning. */
const manager = (t: TestHub) => t.signIn('manager.lee', '1357');

/** The raw bytes a manager downloads: the summary's JSON and the visit log's CSV of one day. */
async function reportOf(t: TestHub, day: string): Promise<{ summary: string; csv: string }> {
  const headers = { authorization: `Bearer ${await manager(t)}` };
  const summary = await fetch(`${t.url}/api/v1/reports/summary?from=${day}`, { headers });
  const csv = await fetch(`${t.url}/api/v1/reports/visits?from=${day}&format=csv`, { headers });
  expect([summary.status, csv.status]).toEqual([200, 200]);
  return { summary: await summary.text(), csv: await csv.text() };
}

const deskState = async (t: TestHub, deskId: number) =>
  (await t.get(`/api/v1/desks/${deskId}`, await manager(t))).json as DeskState;

/**
 * Day D as a real office leaves it: one visit served, one called and never acknowledged (the
 * desk's A never pressed), one acknowledged and never finished, one still waiting, and one
 * checked in at a direct-service desk.
 */
async function workDayD(t: TestHub) {
  t.clock.set(seoul(D, '09:30:00'));
  const served = await issue(t, CIVIL);
  const calledOnly = await issue(t, CIVIL);
  const inService = await issue(t, CIVIL);
  const waiting = await issue(t, CIVIL);
  const checkedIn = await issue(t, WELFARE);
  t.clock.advance(60_000);
  await ok(t, 'callTicket', { deskId: 1, ticketId: served.id });
  t.clock.advance(1_200);
  await ok(t, 'acknowledgeArrival', { deskId: 1, ticketId: served.id });
  t.clock.advance(300_000);
  await ok(t, 'finishService', { deskId: 1, ticketId: served.id });
  await ok(t, 'callTicket', { deskId: 2, ticketId: inService.id });
  t.clock.advance(4_000);
  await ok(t, 'acknowledgeArrival', { deskId: 2, ticketId: inService.id });
  t.clock.set(seoul(D, '17:06:46'));
  await ok(t, 'callTicket', { deskId: 1, ticketId: calledOnly.id });
  await ok(t, 'checkIn', { deskId: 5, code: checkedIn.code });
  return { served, calledOnly, inService, waiting, checkedIn };
}

// Each test works a whole day through real HTTP on a file with synchronous=FULL: a busy
// 2-core machine needs more than the default 5 s, which is no measure of the hub.
const A_DAY_OF_WORK = { timeout: 60_000 };

describe('the end of a business day', A_DAY_OF_WORK, () => {
  it('closes the visits day D left open, and nothing of day D+1 changes day D’s summary or CSV', async () => {
    const t = await startTestHub();
    hubs.push(t);
    const d = await workDayD(t);

    // The next morning, before the office opens: the first request closes day D.
    t.clock.set(seoul('2026-11-24', '08:55:00'));
    const before = await reportOf(t, D);
    const token = await manager(t);
    const closing = t.hub
      .eventsAfter(0, 10_000)
      .filter(
        (e): e is Extract<HubEvent, { type: 'visitsClosedAtDayEnd' }> => e.type === 'visitsClosedAtDayEnd',
      );
    expect(closing).toHaveLength(1);
    expect(closing[0]!.at).toBe(seoul('2026-11-24', '08:55:00'));
    expect(closing[0]!.tickets.map((ticket) => [ticket.number, ticket.status])).toEqual([
      ['A002', 'closedAtDayEnd'],
      ['A003', 'closedAtDayEnd'],
      ['A004', 'closedAtDayEnd'],
      ['C001', 'closedAtDayEnd'],
    ]);
    // No finish time is invented: the closed visits keep their times as they were.
    expect(closing[0]!.tickets.map((ticket) => ticket.finishedAt)).toEqual([null, null, null, null]);

    const summary = JSON.parse(before.summary) as ReportSummary;
    expect(summary.total).toMatchObject({ visitors: 5, served: 1, closedAtDayEnd: 4 });
    // The visitor called at 17:06:46 and never acknowledged has no time-to-attend, never 16 hours.
    expect(summary.total.attend).toMatchObject({ measured: 2, worstMs: 4_000, targeted: 2, within: 2 });
    expect(summary.asOf).toBe(seoul('2026-11-24', '00:00:00'));
    const rows = before.csv.split('\r\n');
    expect(rows.filter((row) => row.includes(',업무 종료로 마감,'))).toHaveLength(4);

    // Day D+1: nothing of day D is at any desk or in any queue.
    for (const deskId of [1, 2, 5]) {
      const state = await deskState(t, deskId);
      expect(state.atDesk).toEqual([]);
      expect(state.waiting).toEqual([]);
    }
    const office = (await t.get('/api/v1/office')).json as Office;
    expect(office.departments.map((department) => department.waiting)).toEqual(
      office.departments.map(() => 0),
    );

    // A desk cannot act on a visitor of day D, nor may the kiosk hang a request on one.
    for (const [name, body] of [
      ['acknowledgeArrival', { deskId: 1, ticketId: d.calledOnly.id }],
      ['recallTicket', { deskId: 1, ticketId: d.calledOnly.id }],
      ['markNoShow', { deskId: 1, ticketId: d.calledOnly.id }],
      ['finishService', { deskId: 2, ticketId: d.inService.id }],
      ['transferTicket', { deskId: 2, ticketId: d.inService.id, toDepartmentId: 2, note: '세무 상담' }],
      ['callTicket', { deskId: 1, ticketId: d.waiting.id }],
      ['checkIn', { deskId: 5, code: d.checkedIn.code }],
      ['requestEscort', { kind: 'escort', reason: 'wheelchair', ticketId: d.waiting.id }],
    ] as const) {
      const reply = await t.post(name, body, token);
      expect(reply.status, name).toBe(409);
      expect((reply.json as { error: { code: string } }).error.code, name).toMatch(
        /^(ticket_expired|illegal_transition)$/,
      );
    }

    // Day D+1's work: a full day at the same desks, a repeat visit naming day D's ticket, a restart.
    t.clock.set(seoul('2026-11-24', '09:10:00'));
    const today = await issue(t, CIVIL);
    expect(today.number).toBe('A001');
    const called = await ok(t, 'callNext', { deskId: 1 }, token);
    expect(called.ticket.id).toBe(today.id);
    t.clock.advance(3_000);
    const acknowledged = await ok(t, 'acknowledgeArrival', { deskId: 1, ticketId: today.id }, token);
    expect(acknowledged.ticket.acknowledgedAt! - acknowledged.ticket.arrivedAt!).toBe(3_000);
    await ok(t, 'finishService', { deskId: 1, ticketId: today.id }, token);
    const repeat = (await ok(t, 'issueTicket', { departmentId: CIVIL, repeatOfCode: d.served.code }, null))
      .ticket;
    await ok(t, 'callNext', { deskId: 2 }, token);
    const judged = { deskId: 2, ticketId: repeat.id, staffError: true, reason: '서류 누락' };
    await ok(t, 'judgeRepeatVisit', judged, token);
    const onward = { deskId: 2, ticketId: repeat.id, toDepartmentId: 2, note: '세무 상담' };
    await ok(t, 'transferTicket', onward, token);
    await issue(t, WELFARE);
    await t.close();
    t.clock.set(seoul('2026-11-25', '10:00:00'));
    const restarted = await startTestHub({ dataDir: t.dataDir, clock: t.clock });
    hubs.push(restarted);

    const after = await reportOf(restarted, D);
    expect(after.summary).toBe(before.summary);
    expect(after.csv).toBe(before.csv);
  });

  it('is closed by the hub’s start when it was not running at midnight', async () => {
    const clock = createFakeClock(seoul(D, '09:30:00'));
    const t = await startTestHub({ clock });
    const { calledOnly } = await workDayD(t);
    const lastOfD = t.hub.lastSeq();
    await t.close();

    clock.set(seoul('2026-11-24', '08:00:00'));
    const restarted = await startTestHub({ dataDir: t.dataDir, clock });
    hubs.push(restarted);
    // Closed before anything else happened on the new day, the test's own sign-in included.
    expect(restarted.hub.eventsAfter(lastOfD, 10).map((e) => e.type)).toEqual([
      'visitsClosedAtDayEnd',
      'staffSignedIn',
    ]);
    expect((await deskState(restarted, 1)).atDesk).toEqual([]);
    const reply = await restarted.post(
      'acknowledgeArrival',
      { deskId: 1, ticketId: calledOnly.id },
      await manager(restarted),
    );
    expect(reply.status).toBe(409);
  });

  it('lets A acknowledge today’s visitor, never the one a desk still showed from yesterday', async () => {
    const t = await startTestHub();
    hubs.push(t);
    const { calledOnly } = await workDayD(t);
    // The desk screen stayed open overnight; the stream tells it the day's end as it happens.
    const seen: HubEvent[] = [];
    const stop = t.hub.subscribe((event) => seen.push(event));
    t.clock.set(seoul('2026-11-24', '09:05:00'));
    const today = await issue(t, CIVIL);
    stop();
    expect(seen.map((e) => e.type)).toEqual(['visitsClosedAtDayEnd', 'ticketIssued']);
    const token = await manager(t);
    await ok(t, 'callNext', { deskId: 1 }, token);
    const state = await deskState(t, 1);
    expect(state.atDesk.map((ticket) => ticket.number)).toEqual(['A001']);
    expect(state.atDesk[0]!.id).toBe(today.id);
    expect(state.atDesk[0]!.id).not.toBe(calledOnly.id);
    const acknowledged = await ok(
      t,
      'acknowledgeArrival',
      { deskId: 1, ticketId: state.atDesk[0]!.id },
      token,
    );
    expect(acknowledged.ticket).toMatchObject({ number: 'A001', businessDay: '2026-11-24' });
  });
});
