import type ExcelJS from 'exceljs';
import { summarizeRatings } from '../../shared/satisfaction/rating';
import type { CaseReportRecord } from '../../shared/report/case-summary';
import { seoulWallClock } from '../../shared/report/seoul-time';
import type { GroupSummary, ReportSummary } from '../../shared/report/summary';
import { caseKindKo, type CaseColumn } from './case-columns';

const DATETIME_FORMAT = 'yyyy-mm-dd hh:mm:ss';

/** The cases received in the report's days, and the time their standing is judged at. */
export type CaseLog = { records: readonly CaseReportRecord[]; columns: readonly CaseColumn[]; now: number };

/**
 * 고객 만족도 per department and desk: how many of the visits served were rated, and how. What
 * 목포시 and 밀양시 publish ("how many rated out of how many served").
 */
export function addSatisfactionSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  summary: ReportSummary,
): void {
  const sheet = workbook.addWorksheet('만족도');
  sheet.columns = [{ width: 8 }, { width: 24 }, ...Array.from({ length: 10 }, () => ({ width: 10 }))];
  const head = sheet.addRow([
    '구분',
    '이름',
    '완료',
    '평가',
    '평가율',
    '평균(5점)',
    '만족 비율',
    '매우 불만족',
    '불만족',
    '보통',
    '만족',
    '매우 만족',
  ]);
  head.font = { bold: true };
  head.commit();
  const groups: [string, GroupSummary][] = [
    ['전체', summary.total],
    ...summary.departments.map((g): [string, GroupSummary] => ['부서', g]),
    ...summary.desks.map((g): [string, GroupSummary] => ['창구', g]),
  ];
  for (const [scope, g] of groups) {
    const s = summarizeRatings(g.ratings, g.served);
    const row = sheet.addRow([
      scope,
      g.labelKo,
      s.served,
      s.rated,
      s.ratedShare,
      s.average,
      s.satisfiedShare,
      ...s.counts,
    ]);
    row.getCell(5).numFmt = '0.0%';
    row.getCell(6).numFmt = '0.00';
    row.getCell(7).numFmt = '0.0%';
    row.commit();
  }
  sheet.commit();
}

/** 민원·신고: the figures per kind, then one row per case. */
export function addCaseSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  summary: ReportSummary,
  log: CaseLog,
): void {
  const sheet = workbook.addWorksheet('민원·신고');
  sheet.columns = log.columns.map((c) => ({
    width: c.type === 'datetime' ? 20 : c.header === '내용' || c.header === '답변 요지' ? 40 : 14,
  }));
  const head = sheet.addRow([
    '종류',
    '접수',
    '기한 내 답변',
    '기한 후 답변',
    '처리 중',
    '기한 경과',
    '지연 통지',
  ]);
  head.font = { bold: true };
  head.commit();
  for (const k of summary.cases.byKind) {
    sheet
      .addRow([
        caseKindKo[k.kind],
        k.received,
        k.answeredOnTime,
        k.answeredLate,
        k.open,
        k.overdue,
        k.delayed,
      ])
      .commit();
  }
  const t = summary.cases.total;
  sheet.addRow(['합계', t.received, t.answeredOnTime, t.answeredLate, t.open, t.overdue, t.delayed]).commit();
  sheet.addRow([]).commit();
  const columnsHead = sheet.addRow(log.columns.map((c) => c.header));
  columnsHead.font = { bold: true };
  columnsHead.commit();
  for (const c of log.records) {
    const row = sheet.addRow(
      log.columns.map((column) => {
        const value = column.value(c, log.now);
        return column.type === 'datetime' && typeof value === 'number' ? seoulWallClock(value) : value;
      }),
    );
    log.columns.forEach((column, i) => {
      if (column.type === 'datetime') row.getCell(i + 1).numFmt = DATETIME_FORMAT;
    });
    row.commit();
  }
  sheet.commit();
}
