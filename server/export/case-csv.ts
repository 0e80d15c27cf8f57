import { seoulDateTime } from '../../shared/report/seoul-time';
import type { CaseReportRecord } from '../../shared/report/case-summary';
import type { CaseColumn } from './case-columns';

/** Excel opens UTF-8 CSV with Hangul intact only when the file starts with a byte-order mark. */
const BOM = '\uFEFF';

/**
 * A visitor typed the description: a cell that starts like a formula would run as one when the
 * manager opens the file, so it is led by an apostrophe and stays text.
 */
function textField(value: string): string {
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert;
}

function cell(column: CaseColumn, value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'string') return textField(value);
  return column.type === 'datetime' ? seoulDateTime(value) : String(value);
}

/** The case log as CSV: a month holds tens of cases, so it is built whole. */
export function caseCsv(
  cases: Iterable<CaseReportRecord>,
  columns: readonly CaseColumn[],
  now: number,
): string {
  let text = BOM + columns.map((c) => textField(c.header)).join(',') + '\r\n';
  for (const c of cases)
    text += columns.map((column) => cell(column, column.value(c, now))).join(',') + '\r\n';
  return text;
}
