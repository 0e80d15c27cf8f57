import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getCompensation } from '../compensations';
import { exportIncludesStaffNames } from '../export-settings';
import { openDatabase } from '../open-database';
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-desk-work';
import { migration0003 } from './0003-office-hours';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'minwon-migration-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('migration 0004 (ledger and export)', () => {
  it('keeps pending compensations pending and leaves staff names out of exports', () => {
    const file = join(dir, 'office.db');
    const v3 = new Database(file);
    for (const m of [migration0001, migration0002, migration0003]) v3.exec(m);
    v3.pragma('user_version = 3');
    v3.exec(`INSERT INTO departments (id, prefix, name_ko, name_en, floor, location_ko, location_en, phone)
             VALUES (1, 'A', '종합민원실', 'Civil Affairs', '1층', '', '', '')`);
    v3.exec(`INSERT INTO tickets (id, department_id, business_day, sequence, number, code, language, status,
               issued_at, warning_share) VALUES
             (1, 1, '2026-11-20', 1, 'A001', '123456782', 'ko', 'served', 1000, 0.7),
             (2, 1, '2026-11-23', 1, 'A001', '234567891', 'ko', 'issued', 2000, 0.7)`);
    v3.exec(`INSERT INTO compensations (id, ticket_id, earlier_ticket_id, kind, amount_won, basis_ko, reason, status,
               created_at) VALUES (5, 2, 1, 'cultureVoucher', 5000, '문화상품권', '안내 누락', 'pending', 3000)`);
    v3.close();

    const db = openDatabase(file);
    expect(getCompensation(db, 5)).toMatchObject({
      status: 'pending',
      amountWon: 5_000,
      decidedAt: null,
      paidAt: null,
      paymentReference: null,
    });
    expect(exportIncludesStaffNames(db)).toBe(false);
    db.close();
  });
});
