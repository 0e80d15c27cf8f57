import { performance } from 'node:perf_hooks';
import { insertDaySummaries, insertEscortDaySummaries } from '../../db/daily-summaries';
import { iterateEscortRecords, listEscortRecordsPage } from '../../db/escorts';
import { compensationEventsAfter, lastSeq } from '../../db/events';
import type { Db } from '../../db/open-database';
import { iterateVisitRecords, listVisitRecordsPage, type VisitCursor } from '../../db/reports';
import { getRetention, recordPurgedThrough } from '../../db/retention';
import {
  countEventsToRedact,
  countTicketsThrough,
  deleteVisitDetails,
  deleteVisitDetailsBatch,
  earliestVisitDay,
  hasVisitDetailsThrough,
  redactEvents,
  redactEventsBatch,
} from '../../db/visit-purge';
import type { DaySummary } from '../../shared/report/summary';
import { createDaySummaryBuilder } from '../../shared/report/day-summaries';
import { createEscortDays, type EscortDaySummary } from '../../shared/report/escort-times';
import { measureVisit } from '../../shared/report/visit-measures';
import { purgeThroughDay, visitEventTypes } from '../../shared/retention/visit-retention';
import { addDays, endOfBusinessDay } from '../../shared/time/business-day';
import type { Commit } from '../hub/commit';
import type { Clock } from '../hub/clock';

export type PurgeResult = { throughDay: string; visits: number; events: number };

/** Gives the screens' commands their turn after a step that kept the connection `busyMs`. */
export type PurgePause = (busyMs: number) => Promise<void>;

const FIRST_DAY = '0000-01-01';

/**
 * Rows per step. A business day of the largest office is ~900 visits and ~4,500 events; a few
 * hundred rows keep each write transaction to a few milliseconds (bench:purge measures it).
 */
export const PURGE_BATCH_ROWS = 300;

/**
 * The whole purge through `throughDay` at once, in the caller's transaction: summaries first,
 * then the visits and their events' payloads. The stepped purge below must leave the same file
 * (test/integration/purge-steps.test.ts); bench:purge runs this as its baseline.
 */
export function purgeThrough(db: Db, throughDay: string, now: number): PurgeResult {
  const days = createDaySummaryBuilder(now);
  for (const v of iterateVisitRecords(db, FIRST_DAY, throughDay)) days.add(v, measureVisit(v));
  const escorts = createEscortDays();
  for (const e of iterateEscortRecords(db, FIRST_DAY, throughDay)) escorts.add(e);
  insertDaySummaries(db, days.finish());
  insertEscortDaySummaries(db, escorts.finish());
  const visits = deleteVisitDetails(db, throughDay);
  // First: the events table lets a payload go only from a day recorded as purged (0015).
  recordPurgedThrough(db, throughDay);
  const events = redactEvents(db, visitEventTypes, endOfBusinessDay(throughDay));
  return { throughDay, visits, events };
}

/** Runs `step` in its own transaction until it returns 0, pausing after each. */
async function inSteps(db: Db, step: () => number, pause: PurgePause): Promise<void> {
  const run = db.transaction(step);
  for (;;) {
    const started = performance.now();
    if (run.immediate() === 0) return;
    await pause(performance.now() - started);
  }
}

/**
 * Deletes what is left of the days already summarized (through `purgedThrough`): the visits and
 * escorts, then the events' payloads, a batch per transaction. After a crash between two steps
 * the next purge starts here, so a day is never summarized twice or left half deleted.
 */
async function finishSummarizedDays(db: Db, pause: PurgePause): Promise<void> {
  const through = getRetention(db).purgedThrough;
  if (through === null) return;
  await inSteps(db, () => deleteVisitDetailsBatch(db, through, PURGE_BATCH_ROWS), pause);
  const before = endOfBusinessDay(through);
  await inSteps(db, () => redactEventsBatch(db, visitEventTypes, before, PURGE_BATCH_ROWS), pause);
}

/**
 * The day summaries of the business days `from` to `through`, read a page at a time with the
 * connection free between pages. Nothing else writes to days past retention; the one exception,
 * a compensation decided on such a visit, is caught by the caller.
 */
async function summarizeDays(
  db: Db,
  from: string,
  through: string,
  now: number,
  pause: PurgePause,
): Promise<{ visits: DaySummary[]; escorts: EscortDaySummary[] }> {
  const days = createDaySummaryBuilder(now);
  let cursor: VisitCursor | null = null;
  for (;;) {
    const started = performance.now();
    const page = listVisitRecordsPage(db, from, through, cursor, PURGE_BATCH_ROWS);
    for (const v of page) days.add(v, measureVisit(v));
    const last = page.at(-1);
    if (!last) break;
    cursor = { day: last.businessDay, ticketId: last.ticketId };
    await pause(performance.now() - started);
  }
  const escorts = createEscortDays();
  let afterId = 0;
  for (;;) {
    const page = listEscortRecordsPage(db, from, through, afterId, PURGE_BATCH_ROWS);
    for (const e of page) escorts.add(e);
    const last = page.at(-1);
    if (!last) break;
    afterId = last.id;
  }
  return { visits: days.finish(), escorts: escorts.finish() };
}

/**
 * Purges the earliest business day whose visit details are past the office's retention period,
 * in steps none of which keeps the connection more than a few milliseconds: the day's visits
 * are read a page at a time; one transaction stores their summaries, moves `purgedThrough` and
 * records the `visitDetailsPurged` event; then the visits are deleted and their events'
 * payloads blanked a batch per transaction. `pause` runs between two steps. Null, with no
 * event, when nothing is past the period. A backlog (a year, when an office first sets a
 * period) goes a day per call; the call for the last day with visits purges through the last
 * day past the period, its events and the record of it. The file ends as `purgeThrough` leaves it.
 */
export async function purgeEarliestExpiredDay(
  db: Db,
  clock: Clock,
  commit: Commit,
  pause: PurgePause,
): Promise<PurgeResult | null> {
  await finishSummarizedDays(db, pause);
  const now = clock.now();
  const lastDay = purgeThroughDay(now, getRetention(db).retentionDays);
  if (!hasVisitDetailsThrough(db, lastDay, visitEventTypes, endOfBusinessDay(lastDay))) return null;
  const earliest = earliestVisitDay(db, '', lastDay);
  const later = earliest === null ? null : earliestVisitDay(db, earliest, lastDay);
  const throughDay = later === null ? lastDay : earliest!;
  const purgedThrough = getRetention(db).purgedThrough;
  const from = purgedThrough === null ? FIRST_DAY : addDays(purgedThrough, 1);
  for (;;) {
    const readFrom = lastSeq(db);
    const summaries = await summarizeDays(db, from, throughDay, now, pause);
    // A compensation decided meanwhile may be one of these visits': read them again. Checked in
    // the same turn as the commit, so nothing can come between.
    if (compensationEventsAfter(db, readFrom)) continue;
    const result = commit(clock.now(), () => {
      insertDaySummaries(db, summaries.visits);
      insertEscortDaySummaries(db, summaries.escorts);
      const purged = {
        throughDay,
        visits: countTicketsThrough(db, throughDay),
        events: countEventsToRedact(db, visitEventTypes, endOfBusinessDay(throughDay)),
      };
      recordPurgedThrough(db, throughDay);
      return { result: purged, event: { type: 'visitDetailsPurged', ...purged } };
    });
    await pause(0);
    await finishSummarizedDays(db, pause);
    return result;
  }
}
