import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getDepartment } from '../departments';
import { getOfficeHours } from '../office-hours';
import { openDatabase } from '../open-database';
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-desk-work';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'minwon-migration-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('migration 0003 (office hours)', () => {
  it('keeps existing departments taking tickets and starts with no hours (always open)', () => {
    const file = join(dir, 'office.db');
    const v2 = new Database(file);
    v2.exec(migration0001);
    v2.exec(migration0002);
    v2.pragma('user_version = 2');
    v2.exec(`INSERT INTO departments (id, prefix, name_ko, name_en, floor, location_ko, location_en, phone)
             VALUES (4, 'D', '환경보호과', 'Environment', '3층', '', '', '033-460-2061')`);
    v2.close();

    const db = openDatabase(file);
    expect(getDepartment(db, 4)).toMatchObject({ prefix: 'D', phone: '033-460-2061', accepting: true });
    expect(getOfficeHours(db)).toEqual({ week: [], holidays: [] });
    db.close();
  });
});
