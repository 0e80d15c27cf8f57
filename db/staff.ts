import type { Staff, StaffRole } from '../shared/contract/views';
import type { Db } from './open-database';
import { prepared } from './prepared';
import { cachedRead } from './read-cache';

export function insertStaff(db: Db, s: Omit<Staff, 'id'>, pinHash: string): Staff {
  const result = prepared(db, 'INSERT INTO staff (login, name, role, pin_hash) VALUES (?, ?, ?, ?)').run(
    s.login,
    s.name,
    s.role,
    pinHash,
  );
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
  prepared(db, 'UPDATE staff SET login = ?, name = ?, role = ? WHERE id = ?').run(
    s.login,
    s.name,
    s.role,
    s.id,
  );
  return s;
}

export function countManagers(db: Db): number {
  return prepared<[], { n: number }>(db, "SELECT COUNT(*) AS n FROM staff WHERE role = 'manager'").get()!.n;
}

export function listStaff(db: Db): Staff[] {
  return prepared<[], { id: number; login: string; name: string; role: StaffRole }>(
    db,
    'SELECT id, login, name, role FROM staff ORDER BY id',
  ).all();
}

export type StaffWithPin = Staff & { pinHash: string };

export function getStaffByLogin(db: Db, login: string): StaffWithPin | null {
  const row = prepared<
    [string],
    { id: number; login: string; name: string; role: StaffRole; pin_hash: string }
  >(db, 'SELECT id, login, name, role, pin_hash FROM staff WHERE login = ?').get(login);
  return row ? { id: row.id, login: row.login, name: row.name, role: row.role, pinHash: row.pin_hash } : null;
}

export function getStaff(db: Db, id: number): Staff | null {
  // Every signed-in request and event streamed to a session asks this; see read-cache.ts.
  return cachedRead(
    db,
    `staff:${id}`,
    ['staff'],
    () =>
      prepared<[number], Staff>(db, 'SELECT id, login, name, role FROM staff WHERE id = ?').get(id) ?? null,
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
