import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventsAfter } from '../../db/events';
import { openReadOnly } from '../../db/open-database';
import type { CommandResult } from '../../shared/contract/commands';
import { lobbyEvent } from '../../shared/contract/lobby-events';
import type { Ticket } from '../../shared/contract/views';
import { summarizeRatings } from '../../shared/satisfaction/rating';
import type { ReportSummary } from '../../shared/report/summary';
import { startOfBusinessDay } from '../../shared/time/business-day';
import { parseCsv } from '../support/parse-csv';
import { startTestHub, type TestHub } from '../support/test-hub';

let t: TestHub;
let manager: string;
const MONDAY = '2026-11-23';
const MINUTE = 60_000;

beforeEach(async () => {
  t = await startTestHub();
  manager = t.managerToken;
});
afterEach(async () => {
  await t.dispose();
});

async function ok(command: string, body: unknown): Promise<Record<string, unknown>> {
  const reply = await t.post(command, body, manager);
  expect(reply.status, `${command}: ${JSON.stringify(reply.json)}`).toBe(200);
  return (reply.json as { result: Record<string, unknown> }).result;
}

/** A visitor's ticket from the kiosk, called and served at `deskId`. */
async function served(deskId = 1): Promise<Ticket> {
  const issued = (await t.post('issueTicket', { departmentId: 1 }, null)).json as {
    result: CommandResult<'issueTicket'>;
  };
  const { id } = issued.result.ticket;
  await ok('callTicket', { deskId, ticketId: id });
  await ok('acknowledgeArrival', { deskId, ticketId: id });
  t.clock.advance(3 * MINUTE);
  return (await ok('finishService', { deskId, ticketId: id })).ticket as Ticket;
}

const rate = (body: Record<string, unknown>) => t.post('rateVisit', body, null);
const summary = async (from = MONDAY, to = from) =>
  (await t.get(`/api/v1/reports/summary?from=${from}&to=${to}`, manager)).json as ReportSummary;

describe('a one-tap rating', () => {
  it('is linked to the visit and counted at its desk and department, out of the visits served', async () => {
    const first = await served(1);
    await served(1);
    await served(2);
    const reply = await rate({ code: first.code, score: 5 });
    expect(reply.status).toBe(200);
    expect((reply.json as { result: CommandResult<'rateVisit'> }).result.rating).toMatchObject({
      ticketId: first.id,
      deskId: 1,
      departmentId: 1,
      score: 5,
    });
    const s = await summary();
    expect(s.total.ratings).toEqual([0, 0, 0, 0, 1]);
    expect(s.desks.map((d) => [d.labelKo, d.served, d.ratings[4]])).toEqual([
      ['종합민원실 1번 창구', 2, 1],
      ['종합민원실 2번 창구', 1, 0],
    ]);
    expect(summarizeRatings(s.total.ratings, s.total.served)).toMatchObject({
      rated: 1,
      served: 3,
      average: 5,
    });
  });

  it('is anonymous: the event names the visit and its desk, never who rated, and no lobby screen gets it', async () => {
    const visit = await served(1);
    await rate({ code: visit.code, score: 2 });
    const reader = openReadOnly(t.dbFile);
    const rated = eventsAfter(reader, 0, 10_000).filter((e) => e.type === 'visitRated');
    reader.close();
    expect(rated).toHaveLength(1);
    expect(Object.keys(rated[0]!).sort()).toEqual(['at', 'rating', 'seq', 'type']);
    expect(lobbyEvent(rated[0]!)).toBeNull();
  });

  it('is given once, only for a visit served today, and refused plainly otherwise', async () => {
    const visit = await served(1);
    expect((await rate({ code: visit.code, score: 4 })).status).toBe(200);
    expect((await rate({ code: visit.code, score: 1 })).json).toMatchObject({
      error: { code: 'already_rated' },
    });

    const waiting = (await t.post('issueTicket', { departmentId: 1 }, null)).json as {
      result: CommandResult<'issueTicket'>;
    };
    expect((await rate({ code: waiting.result.ticket.code, score: 3 })).json).toMatchObject({
      error: { code: 'visit_not_served' },
    });
    expect((await rate({ code: '123456789', score: 3 })).status).toBe(400);
    expect((await rate({ code: visit.code, score: 6 })).status).toBe(400);
    expect((await rate({ code: visit.code, score: 0 })).status).toBe(400);

    const later = await served(1);
    t.clock.set(startOfBusinessDay('2026-11-24') + 9.5 * 60 * MINUTE);
    manager = await t.signIn('manager.lee', '1357');
    expect((await rate({ code: later.code, score: 5 })).json).toMatchObject({
      error: { code: 'rating_closed' },
    });
    expect((await summary()).total.ratings).toEqual([0, 0, 0, 1, 0]);
  });

  it('on the tablet facing the visitor, is taken for the visit just finished at that desk', async () => {
    const visit = await served(1);
    expect((await rate({ deskId: 2, ticketId: visit.id, score: 5 })).json).toMatchObject({
      error: { code: 'ticket_not_at_desk' },
    });
    t.clock.advance(10 * MINUTE);
    expect((await rate({ deskId: 1, ticketId: visit.id, score: 4 })).status).toBe(200);
    const next = await served(1);
    t.clock.advance(10 * MINUTE + 1);
    expect((await rate({ deskId: 1, ticketId: next.id, score: 4 })).json).toMatchObject({
      error: { code: 'rating_closed' },
    });
  });

  it('counts where the visitor was served when their ticket was transferred on', async () => {
    const issued = (await t.post('issueTicket', { departmentId: 1 }, null)).json as {
      result: CommandResult<'issueTicket'>;
    };
    const { id, code } = issued.result.ticket;
    await ok('callTicket', { deskId: 1, ticketId: id });
    await ok('acknowledgeArrival', { deskId: 1, ticketId: id });
    const moved = (
      await ok('transferTicket', { deskId: 1, ticketId: id, toDepartmentId: 2, note: '세금 문의' })
    ).transferredTo as Ticket;
    expect((await rate({ code, score: 4 })).json).toMatchObject({ error: { code: 'visit_not_served' } });
    await ok('callTicket', { deskId: 3, ticketId: moved.id });
    await ok('acknowledgeArrival', { deskId: 3, ticketId: moved.id });
    await ok('finishService', { deskId: 3, ticketId: moved.id });
    expect((await rate({ code, score: 4 })).status).toBe(200);
    const s = await summary();
    expect(s.desks.find((d) => d.key === 'desk:3')!.ratings).toEqual([0, 0, 0, 1, 0]);
    expect(s.desks.find((d) => d.key === 'desk:1')!.ratings).toEqual([0, 0, 0, 0, 0]);
  });

  it('appears in the visit log and outlives the visit’s purge in the day’s summary', async () => {
    const visit = await served(1);
    await rate({ code: visit.code, score: 3 });
    const csv = await fetch(`${t.url}/api/v1/reports/visits?from=${MONDAY}&format=csv`, {
      headers: { authorization: `Bearer ${manager}` },
    });
    const [header, row] = parseCsv(
      Buffer.from(await csv.arrayBuffer())
        .toString('utf8')
        .slice(1),
    );
    expect(row![header!.indexOf('만족도(5점)')]).toBe('3');

    await ok('setRetentionDays', { days: 90 });
    const before = await summary();
    t.clock.set(startOfBusinessDay('2027-02-26') + 9.5 * 60 * MINUTE);
    manager = await t.signIn('manager.lee', '1357');
    expect(await t.hub.purgeVisitDetails()).toMatchObject({ visits: 1 });
    const after = await summary();
    expect(after.total.ratings).toEqual([0, 0, 1, 0, 0]);
    expect(after.desks).toEqual(before.desks);
  });
});
