import type { Db } from './open-database';
import { prepared } from './prepared';

export function exportIncludesStaffNames(db: Db): boolean {
  const row = prepared<[], { include_staff_names: number }>(
    db,
    'SELECT include_staff_names FROM export_settings WHERE id = 1',
  ).get();
  return row?.include_staff_names === 1;
}

export function setExportIncludesStaffNames(db: Db, include: boolean): void {
  prepared(db, 'UPDATE export_settings SET include_staff_names = ? WHERE id = 1').run(include ? 1 : 0);
}
