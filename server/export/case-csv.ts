import { seoulDateTime } from '../../shared/report/seoul-time';
import type { CaseReportRecord } from '../../shared/report/case-summary';
import type { CaseColumn } from './case-columns';
import { csvTextField } from './csv-field';

/** Excel opens UTF-8 CSV with Hangul intact only when the file starts with a byte-order mark. */
const BOM = '\uFEFF';

function cell(column: CaseColumn, value: string | number | null): string {
  if (value === null) return '';
  // A visitor typed the description: one that starts like a formula must open as text.
  if (typeof value === 'string') return csvTextField(value);
  return column.type === 'datetime' ? seoulDateTime(value) : String(value);
}

/** The case log as CSV: a month holds tens of cases, so it is built whole. */
export function caseCsv(
  cases: Iterable<CaseReportRecord>,
  columns: readonly CaseColumn[],
  now: number,
): string {
  let text = BOM + columns.map((c) => csvTextField(c.header)).join(',') + '\r\n';
  for (const c of cases)
    text += columns.map((column) => cell(column, column.value(c, now))).join(',') + '\r\n';
  return text;
}
