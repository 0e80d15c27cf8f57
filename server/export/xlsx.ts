import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import type { ReportSummary } from '../../shared/report/summary';
import { seoulWallClock } from '../../shared/report/seoul-time';
import { measureVisit } from '../../shared/report/visit-measures';
import type { VisitRecord } from '../../shared/report/visit-record';
import { summaryLines } from './summary-rows';
import type { VisitColumn } from './visit-columns';
import { addCaseSheet, addSatisfactionSheet, type CaseLog } from './xlsx-promise-sheets';

const DAY_MS = 86_400_000;
const DURATION_FORMAT = '[h]:mm:ss';
const DATETIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';
const ROWS_PER_BREATH = 1_000;

/** The stream ExcelJS feeds a sheet's XML into, on its way to the zip; typed by what is used. */
type ZipEntry = {
  _writableState?: { needDrain: boolean };
  once(event: 'drain', listener: () => void): unknown;
};

/**
 * ExcelJS writes each committed row into the sheet's zip entry and ignores that stream's
 * backpressure, so a loop that never waits holds a year of XML in memory before the zip
 * compresses it. The entry is reached through ExcelJS internals (4.x); if they change, this falls
 * back to yielding a turn, which costs memory but not correctness.
 */
function zipEntryOf(sheet: ExcelJS.Worksheet): ZipEntry | undefined {
  return (sheet as unknown as { stream?: { pipes?: ZipEntry[] } }).stream?.pipes?.[0];
}

async function letTheZipCatchUp(entry: ZipEntry | undefined, out: Writable): Promise<void> {
  if (entry?._writableState?.needDrain) await new Promise<void>((resolve) => entry.once('drain', resolve));
  else await nextTurn();
  if (out.writableNeedDrain) await once(out, 'drain');
}

/** Spreadsheet durations are fractions of a day, so Excel can sum and average them as times. */
const asDuration = (ms: number | null): number | null => (ms === null ? null : ms / DAY_MS);

/**
 * `logLink`: the last event of the period, so the file can be checked against the database later;
 * `purgedNote`: says that the visit details of some days were purged.
 */
export type XlsxHeader = {
  titleKo: string;
  officeKo: string;
  logLink: { seq: number; hash: string };
  purgedNote: string | null;
};

/**
 * Streams a workbook with a summary sheet and the visit log. The summary sheet is written and
 * committed before the first visit row, so rows go straight to the file.
 */
export async function writeVisitXlsx(
  header: XlsxHeader,
  summary: ReportSummary,
  records: Iterable<VisitRecord>,
  columns: readonly VisitColumn[],
  out: Writable,
  caseLog: CaseLog,
): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });

  const sheet = workbook.addWorksheet('요약');
  sheet.columns = [
    { width: 8 },
    { width: 24 },
    { width: 12 },
    { width: 8 },
    { width: 8 },
    { width: 8 },
    { width: 8 },
    { width: 10 },
    { width: 11 },
    { width: 11 },
    { width: 11 },
    { width: 11 },
    { width: 11 },
    { width: 10 },
  ];
  sheet.addRow([header.titleKo]).commit();
  sheet.addRow([`${header.officeKo} · ${summary.from} ~ ${summary.to}`]).commit();
  sheet.addRow([`기록 확인값 (이벤트 ${header.logLink.seq})`, header.logLink.hash]).commit();
  if (header.purgedNote) sheet.addRow([header.purgedNote]).commit();
  const head = sheet.addRow([
    '구분',
    '이름',
    '시계',
    '방문',
    '완료',
    '부재',
    '이관',
    '측정 건수',
    '중앙값',
    '90백분위',
    '최장',
    '목표 적용',
    '목표 준수',
    '준수율',
  ]);
  head.font = { bold: true };
  head.commit();
  for (const line of summaryLines(summary)) {
    const row = sheet.addRow([
      line.scope,
      line.name,
      line.clockKo,
      line.group.visitors,
      line.group.served,
      line.group.noShows,
      line.group.transferred,
      line.clock.measured,
      asDuration(line.clock.medianMs),
      asDuration(line.clock.p90Ms),
      asDuration(line.clock.worstMs),
      line.clock.targeted,
      line.clock.within,
      line.clock.withinShare,
    ]);
    for (const col of [9, 10, 11]) row.getCell(col).numFmt = DURATION_FORMAT;
    row.getCell(14).numFmt = '0.0%';
    row.commit();
  }
  sheet.commit();
  addSatisfactionSheet(workbook, summary);
  addCaseSheet(workbook, summary, caseLog);

  const detail = workbook.addWorksheet('방문 기록');
  detail.columns = columns.map((c) => ({
    header: c.header,
    width: c.type === 'datetime' ? 20 : c.type === 'duration' ? 11 : 14,
    style:
      c.type === 'datetime'
        ? { numFmt: DATETIME_FORMAT }
        : c.type === 'duration'
          ? { numFmt: DURATION_FORMAT }
          : {},
  }));
  const entry = zipEntryOf(detail);
  let count = 0;
  for (const v of records) {
    const m = measureVisit(v);
    detail
      .addRow(
        columns.map((c) => {
          const value = c.value(v, m);
          if (value === null || typeof value === 'string') return value;
          if (c.type === 'datetime') return seoulWallClock(value);
          if (c.type === 'duration') return asDuration(value);
          return value;
        }),
      )
      .commit();
    count += 1;
    if (count % ROWS_PER_BREATH === 0) await letTheZipCatchUp(entry, out);
  }
  detail.commit();
  await workbook.commit();
  return count;
}
