import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listLedger } from '../compensations';
import { verifyEventChain } from '../event-chain';
import { eventsAfter } from '../events';
import { openDatabase } from '../open-database';
import { getRetention } from '../retention';
import { migrations } from './index';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'minwon-migration-'));
  file = join(dir, 'office.db');
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A version-7 office: two visits, a compensation, and three events chained the old way. */
function seedVersion7(): void {
  const v7 = new Database(file);
  for (const m of migrations.slice(0, 7)) v7.exec(m);
  v7.pragma('user_version = 7');
  v7.exec(`INSERT INTO departments (id, prefix, name_ko, name_en, floor, location_ko, location_en, phone)
           VALUES (1, 'A', '종합민원실', 'Civil Affairs', '1층', '', '', '')`);
  v7.exec(`INSERT INTO tickets (id, department_id, business_day, sequence, number, code, language, status,
             issued_at, warning_share) VALUES
           (1, 1, '2026-11-20', 1, 'A001', '123456782', 'ko', 'served', 1000, 0.7),
           (2, 1, '2026-11-23', 3, 'A003', '234567891', 'ko', 'served', 2000, 0.7)`);
  v7.exec(`INSERT INTO compensations (id, ticket_id, earlier_ticket_id, kind, amount_won, basis_ko, reason, status,
             created_at) VALUES (5, 2, 1, 'cultureVoucher', 5000, '문화상품권', '안내 누락', 'paid', 3000)`);
  let previous = '0'.repeat(64);
  const insert = v7.prepare('INSERT INTO events (seq, type, at, payload, hash) VALUES (?, ?, ?, ?, ?)');
  for (const [seq, payload] of [
    [1, '{"type":"deskReturned","deskId":1}'],
    [2, '{"type":"deskReturned","deskId":2}'],
    [3, '{"type":"deskReturned","deskId":3}'],
  ] as const) {
    previous = sha256(`${previous}\n${seq}\ndeskReturned\n${seq * 1000}\n${payload}`);
    insert.run(seq, 'deskReturned', seq * 1000, payload, previous);
  }
  v7.close();
}

describe('migration 0008 (visit retention)', () => {
  it('re-chains an intact log over payload digests, keeping every event as it was', () => {
    seedVersion7();
    const db = openDatabase(file);
    expect(verifyEventChain(db)).toMatchObject({ ok: true, events: 3, redacted: 0, lastSeq: 3 });
    expect(eventsAfter(db, 0, 10).map((e) => [e.seq, e.at, e.type === 'deskReturned' && e.deskId])).toEqual([
      [1, 1000, 1],
      [2, 2000, 2],
      [3, 3000, 3],
    ]);
    expect(() => db.exec("UPDATE events SET type = 'x' WHERE seq = 1")).toThrow(/append-only/);
    db.close();
  });

  it('keeps the ledger, with the numbers and days of both visits, and starts with a year of retention', () => {
    seedVersion7();
    const db = openDatabase(file);
    expect(listLedger(db, 0, 10_000)).toEqual([
      expect.objectContaining({
        id: 5,
        status: 'paid',
        ticketNumber: 'A003',
        businessDay: '2026-11-23',
        departmentKo: '종합민원실',
        earlierTicketNumber: 'A001',
        earlierBusinessDay: '2026-11-20',
      }),
    ]);
    expect(getRetention(db)).toEqual({ retentionDays: 365, purgedThrough: null });
    db.close();
  });

  it('refuses a log that is already broken and leaves the database untouched', () => {
    seedVersion7();
    const raw = new Database(file);
    raw.exec('DROP TRIGGER events_are_append_only_update');
    raw.exec(`UPDATE events SET payload = '{"type":"deskReturned","deskId":9}' WHERE seq = 2`);
    raw.close();
    expect(() => openDatabase(file)).toThrow(/broken at event 2/);
    const after = new Database(file);
    expect(after.pragma('user_version', { simple: true })).toBe(7);
    const columns = (after.prepare('PRAGMA table_info(events)').all() as { name: string }[]).map(
      (c) => c.name,
    );
    expect(columns).toEqual(['seq', 'type', 'at', 'payload', 'hash']);
    expect(
      after.prepare("SELECT name FROM sqlite_master WHERE name = 'daily_summaries'").get(),
    ).toBeUndefined();
    after.close();
  });
});
