import type { Staff, StaffRole } from '../shared/contract/views';
import type { Db } from './open-database';
import { prepared } from './prepared';

export function insertStaff(db: Db, s: Omit<Staff, 'id'>, pinHash: string): Staff {
  const result = prepared(db, 'INSERT INTO staff (login, name, role, pin_hash) VALUES (?, ?, ?, ?)').run(
    s.login,
    s.name,
    s.role,
    pinHash,
  );
  return { ...s, id: Number(result.lastInsertRowid) };
}

export function staffLoginExists(db: Db, login: string): boolean {
  return (
    prepared<[string], { one: number }>(db, 'SELECT 1 AS one FROM staff WHERE login = ?').get(login) !==
    undefined
  );
}

export function listStaff(db: Db): Staff[] {
  return prepared<[], { id: number; login: string; name: string; role: StaffRole }>(
    db,
    'SELECT id, login, name, role FROM staff ORDER BY id',
  ).all();
}
