import ExcelJS from 'exceljs';
import type { Ledger } from '../../shared/contract/views';
import { seoulDateTime, seoulWallClock } from '../../shared/report/seoul-time';
import { compensationStatusKo } from './visit-columns';
import { ledgerColumns } from './ledger-columns';

const DATETIME_FORMAT = 'yyyy-mm-dd hh:mm';
const WON_FORMAT = '#,##0';

/**
 * The month's ledger as a workbook: a title, the rows with real numbers and times (an amount sums,
 * a time sorts), then the totals per status. A cell of text stays text: ExcelJS never writes a
 * string as a formula, so a reason typed as `=…` opens as what was typed.
 */
export async function ledgerXlsx(ledger: Ledger, officeKo: string, generatedAt: number): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.created = new Date(generatedAt);
  const sheet = book.addWorksheet('보상 대장', { views: [{ state: 'frozen', ySplit: 3 }] });
  sheet.addRow([`${officeKo} 보상 대장 · ${ledger.month}`]).font = { bold: true, size: 14 };
  sheet.addRow([`작성 ${seoulDateTime(generatedAt)}`]);
  const header = sheet.addRow(ledgerColumns.map((c) => c.header));
  header.font = { bold: true };
  for (const entry of ledger.entries) {
    sheet.addRow(
      ledgerColumns.map((column) => {
        const value = column.value(entry);
        return column.type === 'datetime' && typeof value === 'number' ? seoulWallClock(value) : value;
      }),
    );
  }
  ledgerColumns.forEach((column, i) => {
    const sheetColumn = sheet.getColumn(i + 1);
    sheetColumn.width = Math.max(10, column.header.length * 2 + 4);
    if (column.type === 'datetime') sheetColumn.numFmt = DATETIME_FORMAT;
    if (column.type === 'number') sheetColumn.numFmt = WON_FORMAT;
  });
  sheet.addRow([]);
  sheet.addRow(['합계', '건수', '금액(원)']).font = { bold: true };
  for (const status of ['pending', 'approved', 'rejected', 'paid'] as const) {
    const total = ledger.totals[status];
    sheet.addRow([compensationStatusKo[status], total.count, total.won]).getCell(3).numFmt = WON_FORMAT;
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
