import type { Office } from '../../shared/contract/views';
import { emptyGroupSummary, type GroupSummary } from '../../shared/report/summary';
import { departmentNames, deskName } from '../i18n/localized';

/** A summary row's name in the screen's language; the report itself carries only the Korean one. */
export function groupLabel(group: GroupSummary, office: Office, language: string): string {
  const [kind, id] = group.key.split(':');
  if (kind === 'department') {
    const department = office.departments.find((d) => String(d.id) === id);
    if (department) return departmentNames(department, language).primary;
  }
  if (kind === 'desk') {
    const desk = office.desks.find((d) => String(d.id) === id);
    if (desk) return deskName(desk, language);
  }
  return group.labelKo;
}

/** People waiting now for a department; desks share their department's queue, so they have none. */
export function waitingNow(group: GroupSummary, office: Office): number | null {
  const [kind, id] = group.key.split(':');
  if (kind === 'total') return office.departments.reduce((sum, d) => sum + d.waiting, 0);
  if (kind === 'department') return office.departments.find((d) => String(d.id) === id)?.waiting ?? 0;
  return null;
}

/**
 * Every department of the office, in the office's order: one without a visit yet still shows,
 * with the people waiting for it, rather than dropping out of the table.
 */
export function departmentRows(summary: GroupSummary[], office: Office): GroupSummary[] {
  return office.departments.map(
    (department) =>
      summary.find((g) => g.key === `department:${String(department.id)}`) ??
      emptyGroupSummary(`department:${String(department.id)}`, department.nameKo),
  );
}
