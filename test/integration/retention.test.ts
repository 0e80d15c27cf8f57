import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyEventChain } from '../../db/event-chain';
import { openReadOnly } from '../../db/open-database';
import type { CommandResult } from '../../shared/contract/commands';
import type { RetentionSettings } from '../../shared/contract/reports';
import type { DeskState, Ledger, Ticket } from '../../shared/contract/views';
import type { ReportSummary } from '../../shared/report/summary';
import { visitEventTypes } from '../../shared/retention/visit-retention';
import { endOfBusinessDay, startOfBusinessDay } from '../../shared/time/business-day';
import { startTestHub, type TestHub } from '../support/test-hub';

const OLD_DAY = '2026-11-23';
/** Two days after the old day, also past the period. */
const SECOND_OLD_DAY = '2026-11-25';
/** 80 days later: a repeat visit may still name a visit of the old day (90 days). */
const RECENT_DAY = '2027-02-11';
/** 95 days after the old day: past a 90-day retention; the recent day is not. */
const PURGE_DAY = '2027-02-26';
const NOTE = '민원인 홍길동 010-1234-5678 서류 누락';

let t: TestHub;
let manager: string;

/** 09:30 in Seoul on `day`, with a fresh manager sign-in (a session lasts 12 hours). */
async function moveTo(day: string): Promise<void> {
  t.clock.set(startOfBusinessDay(day) + 9.5 * 60 * 60 * 1000);
  manager = await t.signIn('manager.lee', '1357');
}

async function ok(command: string, body: unknown): Promise<Record<string, unknown>> {
  const reply = await t.post(command, body, manager);
  expect(reply.status, `${command}: ${JSON.stringify(reply.json)}`).toBe(200);
  return (reply.json as { result: Record<string, unknown> }).result;
}

/** A visit issued at the kiosk and served at desk 1 after `attendMs`, with a desk note. */
async function serveVisit(attendMs: number, repeatOfCode?: string): Promise<number> {
  const issued = (
    await t.post('issueTicket', { departmentId: 1, ...(repeatOfCode ? { repeatOfCode } : {}) }, null)
  ).json as { result: CommandResult<'issueTicket'> };
  const id = issued.result.ticket.id;
  t.clock.advance(30_000);
  await ok('callTicket', { deskId: 1, ticketId: id });
  t.clock.advance(attendMs);
  await ok('acknowledgeArrival', { deskId: 1, ticketId: id });
  t.clock.advance(60_000);
  await ok('finishService', { deskId: 1, ticketId: id, note: NOTE });
  return id;
}

async function aServedTicket(): Promise<Ticket> {
  const desk = (await t.get('/api/v1/desks/1', manager)).json as DeskState;
  return desk.finishedToday[0]!;
}

/** A repeat visit of `code`, judged as staff error; returns the compensation's id. */
async function repeatByStaffError(code: string): Promise<number> {
  const issued = (await t.post('issueTicket', { departmentId: 1, repeatOfCode: code }, null)).json as {
    result: CommandResult<'issueTicket'>;
  };
  const judged = await ok('judgeRepeatVisit', {
    deskId: 1,
    ticketId: issued.result.ticket.id,
    staffError: true,
    reason: '서류 안내 누락',
  });
  return (judged as CommandResult<'judgeRepeatVisit'>).compensation!.id;
}

const summary = async (from: string, to = from) =>
  (await t.get(`/api/v1/reports/summary?from=${from}&to=${to}`, manager)).json as ReportSummary;

async function download(day: string, format: 'csv' | 'xlsx'): Promise<Buffer> {
  const response = await fetch(`${t.url}/api/v1/reports/visits?from=${day}&format=${format}`, {
    headers: { authorization: `Bearer ${manager}` },
  });
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

const csvRows = (file: Buffer): string[] => file.toString('utf8').slice(1).split('\r\n').filter(Boolean);

const ledger = async (month: string) =>
  (await t.get(`/api/v1/compensations?month=${month}`, manager)).json as Ledger;

function inDatabase<T>(read: (db: Database.Database) => T): T {
  const db = openReadOnly(t.dbFile);
  try {
    return read(db);
  } finally {
    db.close();
  }
}

let earlier: Ticket;
let oldCompensation: number;
let recentCompensation: number;

beforeEach(async () => {
  t = await startTestHub();
  await moveTo(OLD_DAY);
  for (const ms of [4_000, 12_000, 7_000]) await serveVisit(ms);
  earlier = await aServedTicket();
  const escort = (await ok('requestEscort', {
    kind: 'escort',
    reason: 'wheelchair',
  })) as CommandResult<'requestEscort'>;
  t.clock.advance(20_000);
  await ok('acceptEscort', { requestId: escort.request.id });
  oldCompensation = await repeatByStaffError(earlier.code);
  await ok('approveCompensation', { compensationId: oldCompensation });
  await ok('markCompensationPaid', { compensationId: oldCompensation, reference: '문화상품권 0001' });
  await ok('setRetentionDays', { days: 90 });

  await moveTo(RECENT_DAY);
  await serveVisit(9_000);
  recentCompensation = await repeatByStaffError(earlier.code);
  await moveTo(PURGE_DAY);
});
afterEach(async () => {
  await t.dispose().catch(() => undefined);
});

describe('the retention purge', () => {
  it('a purge keeps the summaries', async () => {
    const before = {
      old: await summary(OLD_DAY),
      recent: await summary(RECENT_DAY),
      both: await summary(OLD_DAY, RECENT_DAY),
      recentCsv: csvRows(await download(RECENT_DAY, 'csv')),
      november: await ledger('2026-11'),
      february: await ledger('2027-02'),
    };
    expect(before.old.total).toMatchObject({
      visitors: 4,
      served: 3,
      escorts: 0,
      repeatVisits: 1,
      compensations: 1,
    });
    expect(before.old.escortDays).toHaveLength(1);

    const purged = await t.hub.purgeVisitDetails();
    expect(purged).toMatchObject({ throughDay: '2026-11-27', visits: 4 });
    expect(purged!.events).toBeGreaterThan(10);
    expect(await t.hub.purgeVisitDetails()).toBeNull();

    expect(await summary(OLD_DAY)).toEqual(before.old);
    expect(await summary(RECENT_DAY)).toEqual(before.recent);
    expect(await summary(OLD_DAY, RECENT_DAY)).toEqual(before.both);

    // The old day's visits are gone from the export; the recent day's rows are as they were,
    // including the repeat visit that names a purged visit.
    expect(csvRows(await download(OLD_DAY, 'csv'))).toHaveLength(1);
    expect(csvRows(await download(RECENT_DAY, 'csv'))).toEqual(before.recentCsv);
    expect(before.recentCsv.join('\n')).toContain(`${earlier.number} (${OLD_DAY})`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download(OLD_DAY, 'xlsx')) as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('방문 기록')!.rowCount).toBe(1);
    expect(JSON.stringify(workbook.getWorksheet('요약')!.getSheetValues())).toContain(
      '2026-11-28 이전 방문의 상세 기록은 보존 기간이 지나 삭제되었습니다',
    );

    // The ledger is the office's financial record: both compensations stay, with their visits.
    expect(await ledger('2026-11')).toEqual(before.november);
    expect(await ledger('2027-02')).toEqual(before.february);
    expect((await ledger('2027-02')).entries).toEqual([
      expect.objectContaining({
        id: recentCompensation,
        earlierTicketNumber: earlier.number,
        earlierBusinessDay: OLD_DAY,
      }),
    ]);
    expect((await ledger('2026-11')).entries.map((e) => [e.id, e.status])).toEqual([
      [oldCompensation, 'paid'],
    ]);

    const stored = inDatabase((db) => ({
      oldTickets: db.prepare('SELECT COUNT(*) AS n FROM tickets WHERE business_day = ?').get(OLD_DAY),
      recentTickets: db.prepare('SELECT COUNT(*) AS n FROM tickets WHERE business_day = ?').get(RECENT_DAY),
      escorts: db.prepare('SELECT COUNT(*) AS n FROM escort_requests').get(),
      oldNotes: db
        .prepare('SELECT COUNT(*) AS n FROM events WHERE at < ? AND payload LIKE ?')
        .get(endOfBusinessDay(OLD_DAY), '%홍길동%'),
      recentNotes: db
        .prepare('SELECT COUNT(*) AS n FROM events WHERE at >= ? AND payload LIKE ?')
        .get(startOfBusinessDay(RECENT_DAY), '%홍길동%'),
      oldEvents: db
        .prepare('SELECT type, payload IS NULL AS redacted FROM events WHERE at < ?')
        .all(endOfBusinessDay(OLD_DAY)) as { type: string; redacted: number }[],
      recentRedacted: db
        .prepare('SELECT COUNT(*) AS n FROM events WHERE at >= ? AND payload IS NULL')
        .get(startOfBusinessDay(RECENT_DAY)),
      chain: verifyEventChain(db),
    }));
    expect(stored.oldTickets).toEqual({ n: 0 });
    expect(stored.recentTickets).toEqual({ n: 2 });
    expect(stored.escorts).toEqual({ n: 0 });
    // The desk's notes (which may name a visitor) are gone from the old day's events only.
    expect(stored.oldNotes).toEqual({ n: 0 });
    expect(stored.recentNotes).not.toEqual({ n: 0 });
    const visitTypes: readonly string[] = visitEventTypes;
    expect(stored.oldEvents.filter((e) => e.redacted).length).toBe(purged!.events);
    for (const e of stored.oldEvents) expect(e.redacted, e.type).toBe(visitTypes.includes(e.type) ? 1 : 0);
    expect(stored.oldEvents.map((e) => e.type)).toContain('compensationPaid');
    expect(stored.recentRedacted).toEqual({ n: 0 });
    expect(stored.chain).toMatchObject({ ok: true, redacted: purged!.events });

    // Screens never receive a redacted event; they do receive the purge itself.
    const streamed = t.hub.eventsAfter(0, 100_000);
    expect(streamed.length).toBe(t.hub.lastSeq() - purged!.events);
    expect(streamed.at(-1)).toMatchObject({
      type: 'visitDetailsPurged',
      throughDay: '2026-11-27',
      visits: 4,
    });

    const settings = (await t.get('/api/v1/settings/retention', manager)).json as RetentionSettings;
    expect(settings).toEqual({ days: 90, keepsFrom: '2026-11-28', purgedThrough: '2026-11-27' });
  });

  it('purges a backlog a day per transaction, earliest first, the hub answering between days', async () => {
    // A second day of old visits, as an office that first sets a period has a year of them.
    await moveTo(SECOND_OLD_DAY);
    await serveVisit(5_000);
    await serveVisit(6_000);
    await moveTo(PURGE_DAY);
    const before = {
      old: await summary(OLD_DAY),
      second: await summary(SECOND_OLD_DAY),
      secondCsv: csvRows(await download(SECOND_OLD_DAY, 'csv')),
    };
    expect(before.secondCsv).toHaveLength(3);

    const first = await t.hub.purgeVisitDetails();
    expect(first).toMatchObject({ throughDay: OLD_DAY, visits: 4 });
    expect(csvRows(await download(OLD_DAY, 'csv'))).toHaveLength(1);
    expect(csvRows(await download(SECOND_OLD_DAY, 'csv'))).toEqual(before.secondCsv);
    expect(
      ((await t.get('/api/v1/settings/retention', manager)).json as RetentionSettings).purgedThrough,
    ).toBe(OLD_DAY);

    const second = await t.hub.purgeVisitDetails();
    expect(second).toMatchObject({ throughDay: '2026-11-27', visits: 2 });
    expect(await t.hub.purgeVisitDetails()).toBeNull();
    expect(csvRows(await download(SECOND_OLD_DAY, 'csv'))).toHaveLength(1);
    expect(await summary(OLD_DAY)).toEqual(before.old);
    expect(await summary(SECOND_OLD_DAY)).toEqual(before.second);
    const purges = t.hub.eventsAfter(0, 100_000).filter((e) => e.type === 'visitDetailsPurged');
    expect(purges.map((e) => 'throughDay' in e && e.throughDay)).toEqual([OLD_DAY, '2026-11-27']);
    expect(inDatabase((db) => verifyEventChain(db))).toMatchObject({
      ok: true,
      redacted: first!.events + second!.events,
    });
  });

  it('still finds an edit of a redacted or a whole event at the right seq', async () => {
    await t.hub.purgeVisitDetails();
    // What someone with the file in hand could do, here beside the running hub.
    const db = new Database(t.dbFile);
    const seqOf = (sql: string) => (db.prepare(sql).get() as { seq: number }).seq;
    const redacted = seqOf('SELECT MIN(seq) AS seq FROM events WHERE payload IS NULL');
    const whole = seqOf(`SELECT MAX(seq) AS seq FROM events WHERE type = 'visitFinished'`);
    expect(() => db.exec(`UPDATE events SET at = at + 1 WHERE seq = ${redacted}`)).toThrow(/append-only/);
    db.exec('DROP TRIGGER events_are_append_only_update; DROP TRIGGER events_are_append_only_delete;');

    db.exec(`UPDATE events SET at = at + 1 WHERE seq = ${redacted}`);
    expect(verifyEventChain(db)).toMatchObject({ ok: false, brokenAt: redacted });
    db.exec(`UPDATE events SET at = at - 1 WHERE seq = ${redacted}`);
    expect(verifyEventChain(db)).toMatchObject({ ok: true });

    db.exec(`UPDATE events SET payload = replace(payload, '홍길동', '김철수') WHERE seq = ${whole}`);
    expect(verifyEventChain(db)).toMatchObject({ ok: false, brokenAt: whole });
    db.close();
  });

  it('lets only a manager set the period, and never below 90 days', async () => {
    expect((await t.post('setRetentionDays', { days: 89 }, manager)).json).toMatchObject({
      error: { code: 'invalid_input' },
    });
    const desk = await t.signIn('desk.kim', '2580', 1);
    expect((await t.post('setRetentionDays', { days: 400 }, desk)).status).toBe(403);
    expect(await ok('setRetentionDays', { days: 400 })).toEqual({ days: 400 });
    // Longer than the old day's age: nothing is due.
    expect(await t.hub.purgeVisitDetails()).toBeNull();
    expect(
      ((await t.get('/api/v1/settings/retention', manager)).json as RetentionSettings).purgedThrough,
    ).toBeNull();
  });
});
