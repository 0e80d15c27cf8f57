import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CommandResult } from '../../shared/contract/commands';
import { startOfBusinessDay } from '../../shared/time/business-day';
import { expectOk, serveVisit } from '../support/office-day';
import { startTestHub, type TestHub } from '../support/test-hub';

let t: TestHub;
beforeEach(async () => {
  t = await startTestHub();
  await t.post('issueTicket', { departmentId: 1 }, null);
  await t.post('callNext', { deskId: 1 });
  await t.close();
});
afterEach(async () => {
  await t.dispose().catch(() => undefined);
});

const root = resolve(import.meta.dirname, '..', '..');

function verifyLog(dataDir = t.dataDir): { status: number; out: string } {
  try {
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'server/cli/verify-log.ts', '--data', dataDir],
      {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    return { status: 0, out };
  } catch (error) {
    const e = error as { status: number; stdout: string };
    return { status: e.status, out: e.stdout };
  }
}

describe('npm run verify-log', () => {
  it('says the chain is intact, with the last hash', () => {
    const { status, out } = verifyLog();
    expect(status).toBe(0);
    expect(out).toMatch(/^ok: \d+ events, chain intact; last event \d+, hash [0-9a-f]{64}/);
    expect(out).toMatch(/\nok: the tables agree with the log \(\d+ rows of 17 tables/);
  });

  it('reports the first broken link of an edited log', () => {
    const db = new Database(t.dbFile);
    db.exec('DROP TRIGGER events_are_append_only_update');
    db.prepare(
      `UPDATE events SET payload = replace(payload, '"A001"', '"A777"') WHERE type = 'ticketIssued'`,
    ).run();
    const edited = db.prepare(`SELECT seq FROM events WHERE type = 'ticketIssued'`).get() as { seq: number };
    db.close();
    const { status, out } = verifyLog();
    expect(status).toBe(1);
    expect(out).toContain(`BROKEN at event ${edited.seq}: event ${edited.seq} does not match its hash`);
  });

  it('reports a payload blanked outside a retention purge, once the table’s guard was dropped', () => {
    const db = new Database(t.dbFile);
    const seqOf = (type: string) =>
      (db.prepare('SELECT MIN(seq) AS seq FROM events WHERE type = ?').get(type) as { seq: number }).seq;
    const staff = seqOf('staffDefined');
    const ticket = seqOf('ticketIssued');
    const blank = db.prepare(
      `UPDATE events SET payload = NULL WHERE type IN ('staffDefined', 'ticketIssued')`,
    );
    expect(() => blank.run()).toThrow(/only the retention purge/);
    db.exec('DROP TRIGGER events_are_append_only_update');
    blank.run();
    db.close();
    const { status, out } = verifyLog();
    expect(status).toBe(1);
    const first = Math.min(staff, ticket);
    expect(out).toContain(`BROKEN at event ${first}: event ${first} (`);
    expect(out).toContain('lost its payload, and no retention purge removed it');
  });
});

/**
 * An office's season: a day of work with every kind of visit, a later day, and then a day 95
 * days on whose start closes what was left open and whose retention purge (90 days) removes the
 * first day's visit details. Built once; each test edits a copy of the file.
 */
describe('npm run verify-log, holding the tables against the log', () => {
  const OLD_DAY = '2026-11-23';
  const RECENT_DAY = '2027-02-11';
  const PURGE_DAY = '2027-02-26';
  let office: TestHub;
  let copies: string[] = [];
  const ids = { noShow: 0, compensation: 0 };

  async function ok(command: string, body: unknown, token?: string | null) {
    const reply = (await expectOk(office.post(command, body, token), command)) as { result: unknown };
    return reply.result;
  }
  async function moveTo(day: string): Promise<void> {
    office.clock.set(startOfBusinessDay(day) + 9.5 * 60 * 60 * 1000);
    office.managerToken = await office.signIn('manager.lee', '1357');
  }
  async function issue(departmentId = 1, repeatOfCode?: string) {
    const body = { departmentId, ...(repeatOfCode ? { repeatOfCode } : {}) };
    return ((await ok('issueTicket', body, null)) as CommandResult<'issueTicket'>).ticket;
  }

  beforeAll(async () => {
    office = await startTestHub();
    await moveTo(OLD_DAY);
    const earlier = await serveVisit(office, { guideMs: 40_000, attendMs: 6_000, note: '서류 누락' });
    await ok('rateVisit', { code: earlier.code, score: 4 }, null);
    const transferred = await issue();
    await ok('callTicket', { deskId: 1, ticketId: transferred.id });
    await ok('acknowledgeArrival', { deskId: 1, ticketId: transferred.id });
    const moved = (await ok('transferTicket', {
      deskId: 1,
      ticketId: transferred.id,
      toDepartmentId: 2,
      note: '세무과 상담 필요',
    })) as CommandResult<'transferTicket'>;
    await ok('callTicket', { deskId: 3, ticketId: moved.transferredTo.id });
    await ok('acknowledgeArrival', { deskId: 3, ticketId: moved.transferredTo.id });
    await ok('finishService', { deskId: 3, ticketId: moved.transferredTo.id });
    const escort = (await ok(
      'requestEscort',
      { kind: 'escort', reason: 'wheelchair' },
      null,
    )) as CommandResult<'requestEscort'>;
    await ok('acceptEscort', { requestId: escort.request.id });
    await ok('deliverEscort', { requestId: escort.request.id });
    const repeat = await issue(1, earlier.code);
    const judged = (await ok('judgeRepeatVisit', {
      deskId: 1,
      ticketId: repeat.id,
      staffError: true,
      reason: '서류 안내 누락',
    })) as CommandResult<'judgeRepeatVisit'>;
    ids.compensation = judged.compensation!.id;
    await ok('approveCompensation', { compensationId: ids.compensation });
    await ok('markCompensationPaid', { compensationId: ids.compensation, reference: '문화상품권 0001' });
    // Still pending when its day is purged: only its table knows it then.
    const second = await serveVisit(office, { guideMs: 30_000, attendMs: 4_000 });
    const stillPending = await issue(1, second.code);
    await ok('judgeRepeatVisit', {
      deskId: 1,
      ticketId: stillPending.id,
      staffError: true,
      reason: '안내 누락',
    });
    const complaint = (await ok(
      'receiveCase',
      { category: 'waiting', description: '오래 기다림' },
      null,
    )) as CommandResult<'receiveCase'>;
    await ok('answerCase', { caseId: complaint.case.id, summary: '창구를 늘렸습니다', upheld: true });
    await ok('setDeskAway', { deskId: 2, reason: 'meeting', standInDeskId: 1 });
    await ok('returnToDesk', { deskId: 2 });
    await ok('defineStaff', {
      login: 'desk.park',
      name: '박민원',
      role: 'desk',
      pin: '2468',
      departmentId: 1,
    });
    await ok('setHoliday', { day: '2027-01-01', nameKo: '신정' });
    await ok('setApprovalBoxes', { include: true });
    await ok('setRetentionDays', { days: 90 });
    // Left waiting at closing time: the next day's start closes it.
    await issue();

    await moveTo(RECENT_DAY);
    await serveVisit(office, { guideMs: 25_000, attendMs: 3_000 });
    // Repeats a visit the purge removes, finished before it: the purge unlinks it, and so must
    // the replay, since no later event carries it.
    const repeatOfPurged = await issue(1, earlier.code);
    await ok('callTicket', { deskId: 1, ticketId: repeatOfPurged.id });
    await ok('acknowledgeArrival', { deskId: 1, ticketId: repeatOfPurged.id });
    await ok('judgeRepeatVisit', {
      deskId: 1,
      ticketId: repeatOfPurged.id,
      staffError: false,
      reason: '서류 보완',
    });
    await ok('finishService', { deskId: 1, ticketId: repeatOfPurged.id });
    const noShow = await issue();
    await ok('callTicket', { deskId: 1, ticketId: noShow.id });
    await ok('markNoShow', { deskId: 1, ticketId: noShow.id });
    ids.noShow = noShow.id;

    await moveTo(PURGE_DAY);
    let purged = 0;
    while (await office.hub.purgeVisitDetails()) purged += 1;
    expect(purged).toBeGreaterThan(0);
    await serveVisit(office, { guideMs: 20_000, attendMs: 2_000 });
    await office.close();
  }, 120_000);
  afterAll(async () => {
    for (const dir of copies) rmSync(dir, { recursive: true, force: true });
    copies = [];
    await office.dispose().catch(() => undefined);
  });

  /** A copy of the office's file for one test to edit. */
  function copyOfOffice(): { dir: string; file: string } {
    const dir = mkdtempSync(join(tmpdir(), 'minwon-verify-'));
    copies.push(dir);
    const file = join(dir, 'office.db');
    copyFileSync(office.dbFile, file);
    return { dir, file };
  }

  function edit(file: string, sql: string, ...params: unknown[]): void {
    const db = new Database(file);
    expect(db.prepare(sql).run(...params).changes).toBe(1);
    db.close();
  }

  it('finds the untouched tables of a season of work, day ends and a purge as the log says', () => {
    const { dir } = copyOfOffice();
    const { status, out } = verifyLog(dir);
    expect(out).toMatch(/^ok: \d+ events, chain intact; .*; \d+ with visit details purged\n/);
    expect(out).toMatch(/\nok: the tables agree with the log/);
    expect(status).toBe(0);
  });

  it('names a compensation whose amount was edited in its table', () => {
    const { dir, file } = copyOfOffice();
    edit(file, 'UPDATE compensations SET amount_won = 500000 WHERE id = ?', ids.compensation);
    const { status, out } = verifyLog(dir);
    expect(status).toBe(1);
    // The chain itself holds: only the table was edited.
    expect(out).toMatch(/^ok: \d+ events, chain intact/);
    expect(out).toContain(
      `EDITED: table compensations, row ${ids.compensation}, column amount_won: the table holds 500000, the log says 5000`,
    );
  });

  it('names a no-show turned into a served visit', () => {
    const { dir, file } = copyOfOffice();
    edit(file, "UPDATE tickets SET status = 'served' WHERE id = ? AND status = 'noShow'", ids.noShow);
    const { status, out } = verifyLog(dir);
    expect(status).toBe(1);
    expect(out).toContain(
      `EDITED: table tickets, row ${ids.noShow}, column status: the table holds "served", the log says "noShow"`,
    );
  });

  it('names a row added or deleted by hand, and counts every difference', () => {
    const { dir, file } = copyOfOffice();
    const db = new Database(file);
    db.prepare('DELETE FROM tickets WHERE id = ?').run(ids.noShow);
    db.prepare("UPDATE staff SET role = 'manager' WHERE login = 'desk.park'").run();
    db.close();
    const { status, out } = verifyLog(dir);
    expect(status).toBe(1);
    expect(out).toContain(
      `EDITED: table tickets, row ${ids.noShow} is missing from the table, though the log made it (2 differences in all; the first is shown)`,
    );
  });
});
