import type { Writable } from 'node:stream';
import { hashBefore } from '../../db/event-chain';
import { listForecasts } from '../../db/breach-forecasts';
import {
  exportIncludesStaffNames,
  reportHasApprovalBoxes,
  reportsShowStaffFigures,
} from '../../db/export-settings';
import { openReadOnly, type Db } from '../../db/open-database';
import { iterateCaseReportRecords } from '../../db/cases';
import { iterateEscortRecords } from '../../db/escorts';
import { iterateVisitRecords } from '../../db/reports';
import { firstDetailDay, getRetention } from '../../db/retention';
import { listDaySummaries, listEscortDaySummaries } from '../../db/daily-summaries';
import { getCharter } from '../../db/settings';
import type { ReportFormat } from '../../shared/contract/reports';
import { forecastReport } from '../../shared/report/forecast-accuracy';
import { createSummaryBuilder, type ReportSummary } from '../../shared/report/summary';
import { endOfBusinessDay, startOfBusinessDay } from '../../shared/time/business-day';
import { measureVisit } from '../../shared/report/visit-measures';
import { purgedDetailsNoteKo } from '../../shared/retention/visit-retention';
import { caseColumns } from './case-columns';
import { caseCsv } from './case-csv';
import { writeVisitCsv } from './csv';
import { writeComplianceReportPdf } from './pdf';
import { visitColumns } from './visit-columns';
import { writeVisitXlsx } from './xlsx';

export type ExportRequest = { from: string; to: string; format: ReportFormat };

/**
 * `now`: the hub's time, until which visitors still waiting are counted as waiting. A range that
 * has ended is summarized as of its end, so the summary of a past day never changes again.
 */
export function summarizeVisits(db: Db, from: string, to: string, now: number): ReportSummary {
  const builder = createSummaryBuilder(from, to, Math.min(now, endOfBusinessDay(to)), {
    staffFigures: reportsShowStaffFigures(db),
    forecasts: forecastReport(listForecasts(db, from, to)),
  });
  const detailsFrom = firstDetailDay(db, from);
  for (const v of iterateVisitRecords(db, detailsFrom, to)) builder.add(v, measureVisit(v));
  for (const e of iterateEscortRecords(db, detailsFrom, to)) builder.addEscort(e);
  // Days whose visit details were purged have no visit rows left, only their stored summaries.
  for (const day of listDaySummaries(db, from, to)) builder.addDay(day);
  for (const day of listEscortDaySummaries(db, from, to)) builder.addEscortDay(day);
  for (const c of iterateCaseReportRecords(db, startOfBusinessDay(from), endOfBusinessDay(to)))
    builder.addCase(c);
  return builder.finish();
}

/** Runs `read` on its own read-only connection inside one snapshot, then closes it. */
export async function withReadSnapshot<T>(dbFile: string, read: (db: Db) => Promise<T> | T): Promise<T> {
  const db = openReadOnly(dbFile);
  try {
    // One read transaction: the summary pass and the detail pass see the same visits.
    db.exec('BEGIN');
    const result = await read(db);
    db.exec('COMMIT');
    return result;
  } finally {
    db.close();
  }
}

/** Writes the visit log of whole days in the asked format to `out`, streaming the rows. */
export function exportVisits(
  dbFile: string,
  request: ExportRequest,
  out: Writable,
  now: number,
): Promise<number> {
  const { from, to, format } = request;
  return withReadSnapshot(dbFile, async (db) => {
    const columns = visitColumns(exportIncludesStaffNames(db));
    const records = () => iterateVisitRecords(db, firstDetailDay(db, from), to);
    if (format === 'csv') {
      const count = await writeVisitCsv(records(), columns, out);
      out.end();
      return count;
    }
    const summary = summarizeVisits(db, from, to, now);
    const charter = getCharter(db);
    const officeKo = charter?.officeKo ?? '';
    const logLink = hashBefore(db, endOfBusinessDay(to));
    const purgedNote = purgedDetailsNoteKo(from, getRetention(db).purgedThrough);
    if (format === 'xlsx') {
      const caseLog = {
        records: [...iterateCaseReportRecords(db, startOfBusinessDay(from), endOfBusinessDay(to))],
        columns: caseColumns(exportIncludesStaffNames(db)),
        now,
      };
      return writeVisitXlsx(
        { titleKo: '민원 방문 기록', officeKo, logLink, purgedNote },
        summary,
        records(),
        columns,
        out,
        caseLog,
      );
    }
    await writeComplianceReportPdf(
      {
        officeKo,
        charter,
        generatedAt: now,
        logLink,
        purgedNote,
        includeStaffNames: exportIncludesStaffNames(db),
        approvalBoxes: reportHasApprovalBoxes(db),
      },
      summary,
      records(),
      out,
    );
    return summary.total.visitors;
  });
}

/** The case log of the cases received in the business days `from`–`to`, as CSV. */
export function exportCases(db: Db, from: string, to: string, now: number): string {
  const columns = caseColumns(exportIncludesStaffNames(db));
  return caseCsv(iterateCaseReportRecords(db, startOfBusinessDay(from), endOfBusinessDay(to)), columns, now);
}
