import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../open-database';
import { getTicket } from '../tickets';
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

/** A version-8 office: a visit transferred on, with an escort request and a later repeat visit. */
function seedVersion8(): void {
  const v8 = new Database(file);
  for (const m of migrations.slice(0, 8)) v8.exec(m);
  v8.pragma('user_version = 8');
  v8.exec(`INSERT INTO departments (id, prefix, name_ko, name_en, floor, location_ko, location_en, phone) VALUES
             (1, 'A', '종합민원실', 'Civil Affairs', '1층', '', '', ''),
             (2, 'B', '세무회계과', 'Tax', '2층', '', '', '')`);
  v8.exec(
    `INSERT INTO desks (id, department_id, name_ko, name_en, mode) VALUES (1, 1, '1번 창구', 'Desk 1', 'queue')`,
  );
  v8.exec(`INSERT INTO tickets (id, department_id, business_day, sequence, number, code, language, desk_id, status,
             issued_at, arrived_at, acknowledged_at, finished_at, warning_share, note, transferred_from_ticket_id,
             repeat_of_ticket_id, finish_note) VALUES
           (1, 1, '2026-11-20', 1, 'A001', '123456782', 'ko', 1, 'transferred', 1000, 2000, 3000, 4000, 0.7,
            NULL, NULL, NULL, '세무 상담 필요'),
           (2, 2, '2026-11-20', 1, 'B001', '234567891', 'vi', NULL, 'issued', 4000, NULL, NULL, NULL, 0.7,
            '세무 상담 필요', 1, NULL, NULL),
           (3, 1, '2026-11-23', 1, 'A001', '345678912', 'ko', 1, 'arrived', 9000, 9500, NULL, NULL, 0.7,
            NULL, NULL, 1, NULL)`);
  v8.exec(`INSERT INTO escort_requests (id, kind, reason, ticket_id, language, status, requested_at, business_day)
           VALUES (1, 'escort', 'wheelchair', 2, 'vi', 'requested', 4100, '2026-11-20')`);
  v8.exec(`INSERT INTO daily_summaries (business_day, department_id, desk_id, visitors, served, no_shows, transferred,
             escorts, repeat_visits, compensations, compensation_won, attend_ms, attend_targeted, attend_within,
             guide_ms, guide_targeted, guide_within, hours)
           VALUES ('2025-01-02', 1, 1, 4, 3, 1, 0, 0, 0, 0, 0, '[1000]', 1, 1, '[]', 0, 0, '[]')`);
  v8.close();
}

describe('migration 0013 (day end)', () => {
  it('keeps every ticket, its links and the references to it, and accepts the new outcome', () => {
    seedVersion8();
    const db = openDatabase(file);
    expect(getTicket(db, 1)).toMatchObject({
      status: 'transferred',
      finishNote: '세무 상담 필요',
      finishedAt: 4000,
    });
    expect(getTicket(db, 2)).toMatchObject({
      transferredFromTicketId: 1,
      note: '세무 상담 필요',
      language: 'vi',
    });
    expect(getTicket(db, 3)).toMatchObject({ repeatOfTicketId: 1, status: 'arrived', arrivedAt: 9500 });
    expect(db.prepare('SELECT ticket_id FROM escort_requests').all()).toEqual([{ ticket_id: 2 }]);

    db.prepare("UPDATE tickets SET status = 'closedAtDayEnd' WHERE id = 2").run();
    expect(getTicket(db, 2)?.status).toBe('closedAtDayEnd');
    expect(() => db.prepare("UPDATE tickets SET status = 'lost' WHERE id = 2").run()).toThrow(/CHECK/);
    // Foreign keys are enforced again once the upgrade is done.
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(() => db.prepare('UPDATE tickets SET transferred_from_ticket_id = 99 WHERE id = 2').run()).toThrow(
      /FOREIGN KEY/,
    );
    const indexes = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'tickets' AND sql IS NOT NULL",
      )
      .all();
    expect(indexes.map((r) => (r as { name: string }).name).sort()).toEqual([
      'tickets_arrivals',
      'tickets_at_desk',
      'tickets_called',
      'tickets_finished',
      'tickets_open',
      'tickets_priority_waiting',
      'tickets_repeating',
      'tickets_transferred',
      'tickets_waiting',
    ]);
    db.close();
  });

  it('counts no visit as closed at day end in the summaries of days purged before it', () => {
    seedVersion8();
    const db = openDatabase(file);
    expect(db.prepare('SELECT visitors, closed_at_day_end FROM daily_summaries').get()).toEqual({
      visitors: 4,
      closed_at_day_end: 0,
    });
    db.close();
  });
});
