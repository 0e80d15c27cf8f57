import type { Ledger } from '../../shared/contract/views';
import { seoulDateTime } from '../../shared/report/seoul-time';
import { csvTextField } from './csv-field';
import { ledgerColumns, type LedgerColumn } from './ledger-columns';

/** Excel opens UTF-8 CSV with Hangul intact only when the file starts with a byte-order mark. */
const BOM = '\uFEFF';

function cell(column: LedgerColumn, value: string | number | null): string {
  if (value === null) return '';
  // Reasons, notes and references are typed by staff: one that starts like a formula opens as text.
  if (typeof value === 'string') return csvTextField(value);
  return column.type === 'datetime' ? seoulDateTime(value) : String(value);
}

/** A month of the compensation ledger as CSV: tens of rows, built whole. */
export function ledgerCsv(ledger: Ledger): string {
  let text = BOM + ledgerColumns.map((c) => csvTextField(c.header)).join(',') + '\r\n';
  for (const entry of ledger.entries)
    text += ledgerColumns.map((column) => cell(column, column.value(entry))).join(',') + '\r\n';
  return text;
}
