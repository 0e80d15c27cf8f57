import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../open-database';
import { getTicket } from '../tickets';
import { migrations } from './index';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'minwon-migration-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('migration 0005 (finish note)', () => {
  it('keeps an earlier note as the ticket’s note and starts with no finish note', () => {
    const file = join(dir, 'office.db');
    const v4 = new Database(file);
    for (const m of migrations.slice(0, 4)) v4.exec(m);
    v4.pragma('user_version = 4');
    v4.exec(`INSERT INTO departments (id, prefix, name_ko, name_en, floor, location_ko, location_en, phone)
             VALUES (1, 'A', '종합민원실', 'Civil Affairs', '1층', '', '', '')`);
    v4.exec(`INSERT INTO tickets (id, department_id, business_day, sequence, number, code, language, status,
               issued_at, warning_share, note) VALUES
             (1, 1, '2026-11-20', 1, 'A001', '123456782', 'ko', 'issued', 1000, 0.7, '세무 상담 필요')`);
    v4.close();

    const db = openDatabase(file);
    expect(getTicket(db, 1)).toMatchObject({ note: '세무 상담 필요', finishNote: null });
    db.close();
  });
});
