import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../open-database';
import { getTicket, listWaiting } from '../tickets';
import { migration0001 } from './0001-initial';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'minwon-migration-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('migration 0002 (desk work)', () => {
  it('keeps the tickets of a version-1 database and gives them neutral new values', () => {
    const file = join(dir, 'office.db');
    const v1 = new Database(file);
    v1.exec(migration0001);
    v1.pragma('user_version = 1');
    v1.exec(`INSERT INTO departments (id, prefix, name_ko, name_en, floor, location_ko, location_en, phone)
             VALUES (1, 'A', '종합민원실', 'Civil Affairs', '1층', '', '', '')`);
    v1.exec(`INSERT INTO tickets (id, department_id, business_day, sequence, number, code, language, status,
               issued_at, attend_target_ms, guide_target_ms, warning_share)
             VALUES (7, 1, '2026-11-23', 1, 'A001', '123456782', 'ko', 'issued', 1000, 10000, NULL, 0.7)`);
    v1.close();

    const db = openDatabase(file);
    expect(getTicket(db, 7)).toMatchObject({
      number: 'A001',
      status: 'issued',
      attendTargetMs: 10_000,
      repeatOfTicketId: null,
      repeatJudgement: null,
      servedFirst: false,
      callCount: 0,
      lastCalledAt: null,
    });
    expect(listWaiting(db, 1, '2026-11-23').map((t) => t.id)).toEqual([7]);
    db.close();
  });
});
