import type { Writable } from 'node:stream';
import { seoulDateTime } from '../../shared/report/seoul-time';
import { durationSecondsText } from '../../shared/time/duration';
import { measureVisit } from '../../shared/report/visit-measures';
import type { VisitRecord } from '../../shared/report/visit-record';
import { csvTextField } from './csv-field';
import type { VisitColumn } from './visit-columns';

/** Excel opens UTF-8 CSV with Hangul intact only when the file starts with a byte-order mark. */
const BOM = '\uFEFF';

function cellText(column: VisitColumn, value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'string') return csvTextField(value);
  if (column.type === 'datetime') return seoulDateTime(value);
  // Durations in seconds, rounded up to the tenth as every screen shows them
  // (shared/time/duration.ts): what a spreadsheet user can sum and average directly.
  if (column.type === 'duration') return durationSecondsText(value);
  return String(value);
}

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', resolve));
}

/** Streams the visit log as CSV, waiting for the reader so memory stays flat. */
export async function writeVisitCsv(
  records: Iterable<VisitRecord>,
  columns: readonly VisitColumn[],
  out: Writable,
): Promise<number> {
  await write(
    out,
    BOM +
      columns.map((c) => csvTextField(c.type === 'duration' ? `${c.header}(초)` : c.header)).join(',') +
      '\r\n',
  );
  let count = 0;
  let chunk = '';
  for (const v of records) {
    const m = measureVisit(v);
    chunk += columns.map((c) => cellText(c, c.value(v, m))).join(',') + '\r\n';
    count += 1;
    if (chunk.length > 64 * 1024) {
      await write(out, chunk);
      chunk = '';
    }
  }
  if (chunk) await write(out, chunk);
  return count;
}
