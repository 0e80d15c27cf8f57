import type { Desk, DeskMode } from '../shared/contract/views';
import type { Db } from './open-database';
import { prepared } from './prepared';

type DeskRow = { id: number; department_id: number; name_ko: string; name_en: string; mode: DeskMode };

function toDesk(r: DeskRow): Desk {
  return { id: r.id, departmentId: r.department_id, nameKo: r.name_ko, nameEn: r.name_en, mode: r.mode };
}

export function insertDesk(db: Db, d: Omit<Desk, 'id'>): Desk {
  const result = prepared(
    db,
    'INSERT INTO desks (department_id, name_ko, name_en, mode) VALUES (?, ?, ?, ?)',
  ).run(d.departmentId, d.nameKo, d.nameEn, d.mode);
  return { ...d, id: Number(result.lastInsertRowid) };
}

export function updateDesk(db: Db, d: Desk): Desk {
  prepared(db, 'UPDATE desks SET department_id = ?, name_ko = ?, name_en = ?, mode = ? WHERE id = ?').run(
    d.departmentId,
    d.nameKo,
    d.nameEn,
    d.mode,
    d.id,
  );
  return d;
}

export function getDesk(db: Db, id: number): Desk | null {
  const row = prepared<[number], DeskRow>(db, 'SELECT * FROM desks WHERE id = ?').get(id);
  return row ? toDesk(row) : null;
}

export function listDesks(db: Db): Desk[] {
  return prepared<[], DeskRow>(db, 'SELECT * FROM desks ORDER BY id').all().map(toDesk);
}
