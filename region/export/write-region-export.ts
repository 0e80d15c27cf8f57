import ExcelJS from 'exceljs';
import { figureColumns, type FigureRow } from './figure-columns';

const BOM = '\uFEFF';

/**
 * An office name is typed by that office's manager: a leading = + - @ would make a spreadsheet
 * run it as a formula, so such a text cell starts with an apostrophe.
 */
function defused(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvCell(value: string | number | null, kind: (typeof figureColumns)[number]['kind']): string {
  if (value === null) return '';
  if (typeof value === 'string') return csvField(defused(value));
  if (kind === 'share') return (value * 100).toFixed(1);
  if (kind === 'seconds') return value.toFixed(1);
  if (kind === 'score') return value.toFixed(2);
  return String(value);
}

export function regionCsv(rows: readonly FigureRow[]): string {
  const header = figureColumns
    .map((c) => csvField(c.kind === 'share' ? `${c.header}(%)` : c.header))
    .join(',');
  const lines = rows.map((r) => figureColumns.map((c) => csvCell(c.value(r), c.kind)).join(','));
  return BOM + [header, ...lines].join('\r\n') + '\r\n';
}

const FORMATS = {
  count: '#,##0',
  won: '#,##0',
  seconds: '0.0',
  share: '0.0%',
  score: '0.00',
  text: '@',
} as const;

/** One sheet of real numbers (shares as percentages, seconds as numbers), a frozen header. */
export async function regionXlsx(rows: readonly FigureRow[], titleKo: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '민원실 번호표 지역 집계';
  const sheet = book.addWorksheet(titleKo.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = figureColumns.map((c) => ({
    header: c.header,
    width: Math.max(10, c.header.length * 2 + 2),
    style: { numFmt: FORMATS[c.kind] },
  }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) {
    sheet.addRow(
      figureColumns.map((c) => {
        const value = c.value(r);
        return typeof value === 'string' ? defused(value) : value;
      }),
    );
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
