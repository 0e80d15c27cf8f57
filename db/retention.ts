import { addDays } from '../shared/time/business-day';
import type { Db } from './open-database';
import { prepared } from './prepared';

export type RetentionState = {
  retentionDays: number;
  /** The last business day whose visit details were purged; null before the first purge. */
  purgedThrough: string | null;
};

export function getRetention(db: Db): RetentionState {
  const row = prepared<[], { visit_retention_days: number; details_purged_through: string | null }>(
    db,
    'SELECT visit_retention_days, details_purged_through FROM retention_settings WHERE id = 1',
  ).get()!;
  return { retentionDays: row.visit_retention_days, purgedThrough: row.details_purged_through };
}

export function setRetentionDays(db: Db, days: number): void {
  prepared(db, 'UPDATE retention_settings SET visit_retention_days = ? WHERE id = 1').run(days);
}

/** Never moves back: a longer period set later cannot bring purged details back. */
export function recordPurgedThrough(db: Db, day: string): void {
  prepared(
    db,
    `UPDATE retention_settings SET details_purged_through = max(ifnull(details_purged_through, ''), ?)
     WHERE id = 1`,
  ).run(day);
}

/**
 * The first of the days from `from` on whose visits are read from their own rows: the days
 * through `purgedThrough` count from their stored summaries, even while the stepped purge is
 * still deleting their rows.
 */
export function firstDetailDay(db: Db, from: string): string {
  const { purgedThrough } = getRetention(db);
  if (purgedThrough === null || from > purgedThrough) return from;
  return addDays(purgedThrough, 1);
}
