import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyEventChain } from '../../db/event-chain';
import type { CommandResult } from '../../shared/contract/commands';
import { visitEventTypes } from '../../shared/retention/visit-retention';
import { endOfBusinessDay, startOfBusinessDay } from '../../shared/time/business-day';
import { serveVisit } from '../support/office-day';
import { startTestHub, type TestHub } from '../support/test-hub';

const OLD_DAY = '2026-11-23';
/** 95 days later: the old day is past a 90-day retention period. */
const TODAY = '2027-02-26';

let t: TestHub;
let db: Database.Database;

async function ok(command: string, body: unknown): Promise<Record<string, unknown>> {
  const reply = await t.post(command, body);
  expect(reply.status, `${command}: ${JSON.stringify(reply.json)}`).toBe(200);
  return (reply.json as { result: Record<string, unknown> }).result;
}

async function moveTo(day: string): Promise<void> {
  t.clock.set(startOfBusinessDay(day) + 9.5 * 60 * 60 * 1000);
  t.managerToken = await t.signIn('manager.lee', '1357');
}

/** The first event of `type` on `day`, by its business day in Seoul. */
function seqOf(type: string, day: string): number {
  const row = db
    .prepare<[string, number, number], { seq: number }>(
      'SELECT MIN(seq) AS seq FROM events WHERE type = ? AND at >= ? AND at < ?',
    )
    .get(type, startOfBusinessDay(day), endOfBusinessDay(day));
  expect(row?.seq, `a ${type} event on ${day}`).toEqual(expect.any(Number));
  return row!.seq;
}

const blank = (seq: number) => () => db.prepare('UPDATE events SET payload = NULL WHERE seq = ?').run(seq);

/** What an office that has worked a day holds: visits, a compensation paid, staff and hours set. */
beforeEach(async () => {
  t = await startTestHub();
  await moveTo(OLD_DAY);
  const earlier = await serveVisit(t, { guideMs: 30_000, attendMs: 5_000, note: '서류 누락' });
  const repeat = (await t.post('issueTicket', { departmentId: 1, repeatOfCode: earlier.code }, null))
    .json as {
    result: CommandResult<'issueTicket'>;
  };
  const judged = (await ok('judgeRepeatVisit', {
    deskId: 1,
    ticketId: repeat.result.ticket.id,
    staffError: true,
    reason: '서류 안내 누락',
  })) as CommandResult<'judgeRepeatVisit'>;
  await ok('approveCompensation', { compensationId: judged.compensation!.id });
  await ok('markCompensationPaid', { compensationId: judged.compensation!.id, reference: '상품권 0001' });
  await ok('defineStaff', { login: 'desk.park', name: '박민원', role: 'desk', pin: '2468', departmentId: 1 });
  await ok('setOfficeHours', { week: [], alwaysOpen: true });
  await ok('setRetentionDays', { days: 90 });
  await moveTo(TODAY);
  await serveVisit(t, { guideMs: 20_000, attendMs: 4_000 });
  // Someone with the file in hand, beside the running hub.
  db = new Database(t.dbFile);
});
afterEach(async () => {
  db.close();
  await t.dispose().catch(() => undefined);
});

describe('blanking an event payload (migration 0015)', () => {
  it('is refused by SQLite for everything but the visit details of a day the purge has passed', () => {
    const forbidden = {
      'a compensation decided': seqOf('compensationDecided', OLD_DAY),
      'a compensation paid': seqOf('compensationPaid', OLD_DAY),
      'a staff member defined': seqOf('staffDefined', OLD_DAY),
      'the office hours set': seqOf('officeHoursSet', OLD_DAY),
      'the retention period set': seqOf('retentionDaysSet', OLD_DAY),
      "today's ticket": seqOf('ticketIssued', TODAY),
      "today's finished visit": seqOf('visitFinished', TODAY),
      // Past the period, but not yet purged: the purge decides, not a hand edit.
      "an old day's ticket before the purge": seqOf('ticketIssued', OLD_DAY),
    };
    for (const [what, seq] of Object.entries(forbidden)) {
      expect(blank(seq), what).toThrow(/only the retention purge may remove/);
    }
    expect(db.prepare('SELECT COUNT(*) AS n FROM events WHERE payload IS NULL').get()).toEqual({ n: 0 });
  });

  it('lets the purge blank the old day’s visit events, and still nothing else', async () => {
    const purged = await t.hub.purgeVisitDetails();
    expect(purged).toMatchObject({ throughDay: '2026-11-27', visits: 2 });
    expect(purged!.events).toBeGreaterThan(5);
    expect(await t.hub.purgeVisitDetails()).toBeNull();

    const redacted = db
      .prepare<[], string>('SELECT DISTINCT type FROM events WHERE payload IS NULL ORDER BY type')
      .pluck()
      .all();
    expect(redacted).toEqual(
      expect.arrayContaining(['ticketIssued', 'ticketCalled', 'visitFinished', 'repeatVisitJudged']),
    );
    expect(redacted.every((type) => (visitEventTypes as readonly string[]).includes(type))).toBe(true);
    expect(verifyEventChain(db)).toMatchObject({ ok: true, redacted: purged!.events });

    for (const [what, seq] of Object.entries({
      'a compensation paid': seqOf('compensationPaid', OLD_DAY),
      'a staff member defined': seqOf('staffDefined', OLD_DAY),
      'the office hours set': seqOf('officeHoursSet', OLD_DAY),
      "today's ticket": seqOf('ticketIssued', TODAY),
    })) {
      expect(blank(seq), what).toThrow(/only the retention purge may remove/);
    }
  });

  it('names in the table the same visit events the purge removes', () => {
    const trigger = db
      .prepare<[], string>("SELECT sql FROM sqlite_schema WHERE name = 'events_are_append_only_update'")
      .pluck()
      .get()!;
    const allowed = trigger
      .slice(trigger.indexOf('OLD.type IN ('), trigger.indexOf(')', trigger.indexOf('OLD.type IN (')))
      .match(/'[A-Za-z]+'/g)!
      .map((quoted) => quoted.slice(1, -1));
    // A visit event added later must come with a migration that lets the purge remove it.
    expect(allowed.sort()).toEqual([...visitEventTypes].sort());
  });
});
