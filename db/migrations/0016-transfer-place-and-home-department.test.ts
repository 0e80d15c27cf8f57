import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../open-database';
import { listStaff } from '../staff';
import { getTicket, listQueued } from '../tickets';
import { migration0016 } from './0016-transfer-place-and-home-department';
import { migrations, migrationSteps } from './index';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'minwon-migration-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('migration 0016 (transfer place)', () => {
  it('gives a visitor transferred before the upgrade the place of the first ticket of their chain', () => {
    const file = join(dir, 'office.db');
    const before = migrations.indexOf(migration0016);
    const old = new Database(file);
    migrations.slice(0, before).forEach((sql, i) => {
      old.exec(sql);
      migrationSteps.get(i + 1)?.(old);
    });
    old.pragma(`user_version = ${before}`);
    // A001 at 종합민원실 went to 세무회계과 (B002), then on to 민원지적과 (C002), where C001 was
    // issued in between; D001 was never transferred.
    old.exec(`INSERT INTO departments (id, prefix, name_ko, name_en, floor, location_ko, location_en, phone) VALUES
             (1, 'A', '종합민원실', 'Civil Affairs', '1층', '', '', ''),
             (2, 'B', '세무회계과', 'Tax', '2층', '', '', ''),
             (3, 'C', '민원지적과', 'Land', '2층', '', '', '');
           INSERT INTO tickets (id, department_id, business_day, sequence, number, code, language, status,
             issued_at, warning_share, transferred_from_ticket_id) VALUES
             (1, 1, '2026-11-23', 1, 'A001', '123456782', 'ko', 'transferred', 1000, 0.7, NULL),
             (2, 2, '2026-11-23', 1, 'B001', '234567891', 'ko', 'transferred', 2000, 0.7, 1),
             (3, 3, '2026-11-23', 1, 'C001', '345678900', 'ko', 'issued', 3000, 0.7, NULL),
             (4, 3, '2026-11-23', 2, 'C002', '456789019', 'ko', 'issued', 4000, 0.7, 2);`);
    old.close();

    const db = openDatabase(file);
    expect([1, 2, 3, 4].map((id) => getTicket(db, id)?.firstTicketId)).toEqual([1, 1, 3, 1]);
    expect(listQueued(db, 3, '2026-11-23').map((t) => [t.id, t.firstTicketId])).toEqual([
      [3, 3],
      [4, 1],
    ]);
    db.close();
  });

  it('gives desk staff the department of the desk they last signed in at, and leaves the others free', () => {
    const file = join(dir, 'office.db');
    const before = migrations.indexOf(migration0016);
    const old = new Database(file);
    migrations.slice(0, before).forEach((sql, i) => {
      old.exec(sql);
      migrationSteps.get(i + 1)?.(old);
    });
    old.pragma(`user_version = ${before}`);
    old.exec(`INSERT INTO departments (id, prefix, name_ko, name_en, floor, location_ko, location_en, phone) VALUES
             (1, 'A', '종합민원실', 'Civil Affairs', '1층', '', '', ''),
             (2, 'B', '세무회계과', 'Tax', '2층', '', '', '');
           INSERT INTO desks (id, department_id, name_ko, name_en, mode) VALUES
             (1, 1, '1번', 'Desk 1', 'queue'), (3, 2, '3번', 'Desk 3', 'queue');
           INSERT INTO staff (id, login, name, role, pin_hash) VALUES
             (1, 'desk.kim', '김민지', 'desk', 'h'), (2, 'desk.new', '신규', 'desk', 'h'),
             (3, 'manager.lee', '이정훈', 'manager', 'h');
           INSERT INTO staff_sessions (token_hash, staff_id, desk_id, started_at, expires_at) VALUES
             ('a', 1, 1, 1000, 2000), ('b', 1, 3, 3000, 4000), ('c', 3, 1, 5000, 6000);`);
    old.close();

    const db = openDatabase(file);
    expect(listStaff(db).map((s) => [s.login, s.departmentId, s.otherDepartments])).toEqual([
      ['desk.kim', 2, false],
      ['desk.new', null, true],
      ['manager.lee', null, false],
    ]);
    db.close();
  });
});
