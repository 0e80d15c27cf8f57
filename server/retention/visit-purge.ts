import { insertDaySummaries, insertEscortDaySummaries } from '../../db/daily-summaries';
import { iterateEscortRecords } from '../../db/escorts';
import type { Db } from '../../db/open-database';
import { iterateVisitRecords } from '../../db/reports';
import { getRetention, recordPurgedThrough } from '../../db/retention';
import {
  deleteVisitDetails,
  earliestVisitDay,
  hasVisitDetailsThrough,
  redactEvents,
} from '../../db/visit-purge';
import { createDaySummaryBuilder } from '../../shared/report/day-summaries';
import { createEscortDays } from '../../shared/report/escort-times';
import { measureVisit } from '../../shared/report/visit-measures';
import { purgeThroughDay, visitEventTypes } from '../../shared/retention/visit-retention';
import { endOfBusinessDay } from '../../shared/time/business-day';
import type { Commit } from '../hub/commit';
import type { Clock } from '../hub/clock';

export type PurgeResult = { throughDay: string; visits: number; events: number };

const FIRST_DAY = '0000-01-01';

/** Summarizes the days first, then deletes their visits and removes their events' payloads. */
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

/**
 * Purges the earliest business day whose visit details are past the office's retention period,
 * in one transaction with its `visitDetailsPurged` event; null, with no event, when nothing is
 * past it. A backlog (a year, when an office first sets a period) goes a day per call, so a desk
 * command never waits behind more than one day's deletions; the call for the last day with
 * visits purges through the last day past the period, its events and the record of it.
 */
export function purgeEarliestExpiredDay(db: Db, clock: Clock, commit: Commit): PurgeResult | null {
  const now = clock.now();
  const lastDay = purgeThroughDay(now, getRetention(db).retentionDays);
  if (!hasVisitDetailsThrough(db, lastDay, visitEventTypes, endOfBusinessDay(lastDay))) return null;
  const earliest = earliestVisitDay(db, '', lastDay);
  const later = earliest === null ? null : earliestVisitDay(db, earliest, lastDay);
  const throughDay = later === null ? lastDay : earliest!;
  return commit(now, () => {
    const result = purgeThrough(db, throughDay, now);
    return { result, event: { type: 'visitDetailsPurged', ...result } };
  });
}
