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

/** Whether the manager's reports show figures per staff member (off until the office decides). */
export function reportsShowStaffFigures(db: Db): boolean {
  const row = prepared<[], { staff_figures: number }>(
    db,
    'SELECT staff_figures FROM export_settings WHERE id = 1',
  ).get();
  return row?.staff_figures === 1;
}

/** Whether the printed PDF report carries the 결재란 (approval boxes) on its first page. */
export function reportHasApprovalBoxes(db: Db): boolean {
  const row = prepared<[], { approval_boxes: number }>(
    db,
    'SELECT approval_boxes FROM export_settings WHERE id = 1',
  ).get();
  return row?.approval_boxes === 1;
}

export function setReportApprovalBoxes(db: Db, include: boolean): void {
  prepared(db, 'UPDATE export_settings SET approval_boxes = ? WHERE id = 1').run(include ? 1 : 0);
}

export function setReportsShowStaffFigures(db: Db, include: boolean): void {
  prepared(db, 'UPDATE export_settings SET staff_figures = ? WHERE id = 1').run(include ? 1 : 0);
}
