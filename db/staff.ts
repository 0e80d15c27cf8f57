import type { Staff, StaffRole } from '../shared/contract/views';
import type { Db } from './open-database';
import { prepared } from './prepared';
import { cachedRead } from './read-cache';

type StaffRow = {
  id: number;
  login: string;
  name: string;
  role: StaffRole;
  department_id: number | null;
  other_departments: number;
};

const STAFF_COLUMNS = 'id, login, name, role, department_id, other_departments';

function toStaff(r: StaffRow): Staff {
  return {
    id: r.id,
    login: r.login,
    name: r.name,
    role: r.role,
    departmentId: r.department_id,
    otherDepartments: r.other_departments === 1,
  };
}

export function insertStaff(db: Db, s: Omit<Staff, 'id'>, pinHash: string): Staff {
  const result = prepared(
    db,
    'INSERT INTO staff (login, name, role, pin_hash, department_id, other_departments) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(s.login, s.name, s.role, pinHash, s.departmentId, s.otherDepartments ? 1 : 0);
  return { ...s, id: Number(result.lastInsertRowid) };
}

/** Whether someone other than `exceptId` (anyone, when null) signs in as `login`. */
export function staffLoginExists(db: Db, login: string, exceptId: number | null = null): boolean {
  return (
    prepared<[string, number], { one: number }>(
      db,
      'SELECT 1 AS one FROM staff WHERE login = ? AND id != ?',
    ).get(login, exceptId ?? 0) !== undefined
  );
}

export function updateStaff(db: Db, s: Staff): Staff {
  prepared(
    db,
    'UPDATE staff SET login = ?, name = ?, role = ?, department_id = ?, other_departments = ? WHERE id = ?',
  ).run(s.login, s.name, s.role, s.departmentId, s.otherDepartments ? 1 : 0, s.id);
  return s;
}

export function countManagers(db: Db): number {
  return prepared<[], { n: number }>(db, "SELECT COUNT(*) AS n FROM staff WHERE role = 'manager'").get()!.n;
}

export function listStaff(db: Db): Staff[] {
  return prepared<[], StaffRow>(db, `SELECT ${STAFF_COLUMNS} FROM staff ORDER BY id`).all().map(toStaff);
}

export type StaffWithPin = Staff & { pinHash: string };

export function getStaffByLogin(db: Db, login: string): StaffWithPin | null {
  const row = prepared<[string], StaffRow & { pin_hash: string }>(
    db,
    `SELECT ${STAFF_COLUMNS}, pin_hash FROM staff WHERE login = ?`,
  ).get(login);
  return row ? { ...toStaff(row), pinHash: row.pin_hash } : null;
}

export function getStaff(db: Db, id: number): Staff | null {
  // Every signed-in request and event streamed to a session asks this; see read-cache.ts.
  return cachedRead(
    db,
    `staff:${id}`,
    ['staff'],
    () => {
      const row = prepared<[number], StaffRow>(db, `SELECT ${STAFF_COLUMNS} FROM staff WHERE id = ?`).get(id);
      return row ? toStaff(row) : null;
    },
    (found) => found !== null,
  );
}

export function updatePinHash(db: Db, staffId: number, pinHash: string): void {
  prepared(db, 'UPDATE staff SET pin_hash = ? WHERE id = ?').run(pinHash, staffId);
}

export function hasManager(db: Db): boolean {
  return (
    prepared<[], { one: number }>(db, "SELECT 1 AS one FROM staff WHERE role = 'manager' LIMIT 1").get() !==
    undefined
  );
}
