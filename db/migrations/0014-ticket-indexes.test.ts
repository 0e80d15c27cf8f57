import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../open-database';
import { listFinishedAtDesk, nextTicketSequence } from '../tickets';
import { deleteVisitDetails } from '../visit-purge';
import { migrations, migrationSteps } from './index';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'minwon-migration-'));
  file = join(dir, 'office.db');
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A version-11 office: a desk, yesterday's visits and today's, one repeating and one transferred. */
function seedVersion11(): void {
  const v11 = new Database(file);
  migrations.slice(0, 11).forEach((sql, i) => {
    v11.exec(sql);
    migrationSteps.get(i + 1)?.(v11);
  });
  v11.pragma('user_version = 11');
  v11.exec(`INSERT INTO departments (id, prefix, name_ko, name_en, floor, location_ko, location_en, phone)
           VALUES (1, 'A', '종합민원실', 'Civil Affairs', '1층', '', '', '');
           INSERT INTO desks (id, department_id, name_ko, name_en, mode) VALUES (1, 1, '1번', 'Desk 1', 'queue');
           INSERT INTO tickets (id, department_id, business_day, sequence, number, code, language, desk_id, status,
             issued_at, finished_at, warning_share, repeat_of_ticket_id, transferred_from_ticket_id) VALUES
           (1, 1, '2026-11-20', 1, 'A001', '123456782', 'ko', 1, 'served', 1000, 2000, 0.7, NULL, NULL),
           (2, 1, '2026-11-23', 1, 'A001', '234567891', 'ko', 1, 'served', 3000, 4000, 0.7, 1, NULL),
           (3, 1, '2026-11-23', 2, 'A002', '345678900', 'ko', NULL, 'issued', 5000, NULL, 0.7, NULL, 1);
           INSERT INTO escort_requests (id, kind, reason, ticket_id, language, status, requested_at, business_day)
             VALUES (1, 'escort', 'wheelchair', 1, 'ko', 'requested', 1000, '2026-11-20');
           INSERT INTO ticket_counters (department_id, business_day, last_sequence) VALUES
             (1, '2026-11-20', 1), (1, '2026-11-23', 2);`);
  v11.close();
}

const plan = (db: Database.Database, sql: string) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');

describe('migration 0014 (ticket indexes)', () => {
  it('numbers on after the day’s last ticket, as the counters did', () => {
    seedVersion11();
    const db = openDatabase(file);
    expect(nextTicketSequence(db, 1, '2026-11-23')).toBe(3);
    expect(nextTicketSequence(db, 1, '2026-11-24')).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name = 'ticket_counters'").get()).toBeUndefined();
    // What the priority rule and the breach forecast (0011) read by stays.
    expect(
      db
        .prepare("SELECT name FROM sqlite_schema WHERE name IN ('tickets_arrivals', 'tickets_finished')")
        .pluck()
        .all(),
    ).toHaveLength(2);
    db.close();
  });

  it('finds a desk’s visits of one day, and what refers to a deleted ticket, through an index', () => {
    seedVersion11();
    const db = openDatabase(file);
    expect(listFinishedAtDesk(db, 1, '2026-11-23', 10).map((t) => t.id)).toEqual([2]);
    expect(
      plan(
        db,
        `SELECT * FROM tickets WHERE desk_id = 1 AND business_day = '2026-11-23'
         AND status IN ('served', 'noShow', 'transferred')`,
      ),
    ).toContain('tickets_at_desk (desk_id=? AND status=? AND business_day=?)');
    const deletePlan = plan(db, "DELETE FROM tickets WHERE business_day <= '2026-11-20'");
    expect(deletePlan).not.toMatch(/SCAN (tickets|escort_requests)/);
    expect(deletePlan).toContain('tickets_repeating');
    expect(deletePlan).toContain('escort_requests_by_ticket');
    expect(deleteVisitDetails(db, '2026-11-20')).toBe(1);
    expect(
      db.prepare('SELECT id, repeat_of_number, transferred_from_ticket_id FROM tickets ORDER BY id').all(),
    ).toEqual([
      { id: 2, repeat_of_number: 'A001', transferred_from_ticket_id: null },
      { id: 3, repeat_of_number: null, transferred_from_ticket_id: null },
    ]);
    db.close();
  });
});
