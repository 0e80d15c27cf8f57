import type { Db } from './open-database';
import { prepared } from './prepared';

/**
 * Deletes the visits of the business days up to `throughDay` (tickets and escort requests) and
 * returns how many tickets went. A later visit that repeats a purged one keeps its number and
 * day; compensations keep their own copy of both, so the ledger is untouched.
 */
export function deleteVisitDetails(db: Db, throughDay: string): number {
  // Found from the purged visits through the index on repeat_of_ticket_id: a purge goes a day at
  // a time, and finding them from the later tickets would read the whole year's rest each day.
  prepared(
    db,
    `UPDATE tickets SET (repeat_of_number, repeat_of_day, repeat_of_ticket_id) =
       (SELECT r.number, r.business_day, NULL FROM tickets AS r WHERE r.id = tickets.repeat_of_ticket_id)
     WHERE repeat_of_ticket_id IN (SELECT id FROM tickets WHERE business_day <= @day)
       AND +business_day > @day`,
  ).run({ day: throughDay });
  // A visit transferred across midnight: the later ticket outlives the one it came from.
  prepared(
    db,
    `UPDATE tickets SET transferred_from_ticket_id = NULL
     WHERE +business_day > @day AND transferred_from_ticket_id IN (SELECT id FROM tickets WHERE business_day <= @day)`,
  ).run({ day: throughDay });
  prepared(
    db,
    `DELETE FROM escort_requests
     WHERE business_day <= @day OR ticket_id IN (SELECT id FROM tickets WHERE business_day <= @day)`,
  ).run({ day: throughDay });
  return prepared(db, 'DELETE FROM tickets WHERE business_day <= @day').run({ day: throughDay }).changes;
}

/**
 * Removes the payloads of the events of `types` recorded before `beforeMs`, the one change the
 * events table allows, and only for visit events of days up to the recorded `details_purged_through`
 * (migration 0015): record that day first. Returns how many. Seq, type, time, digest and hash
 * stay, so the chain holds.
 */
export function redactEvents(db: Db, types: readonly string[], beforeMs: number): number {
  return prepared(
    db,
    `UPDATE events SET payload = NULL
     WHERE payload IS NOT NULL AND at < ? AND type IN (${types.map(() => '?').join(', ')})`,
  ).run(beforeMs, ...types).changes;
}

/** Whether a purge through `throughDay` would change anything. */
export function hasVisitDetailsThrough(
  db: Db,
  throughDay: string,
  types: readonly string[],
  beforeMs: number,
): boolean {
  const row = prepared<unknown[], { due: number }>(
    db,
    `SELECT EXISTS (SELECT 1 FROM tickets WHERE business_day <= ?)
         OR EXISTS (SELECT 1 FROM escort_requests WHERE business_day <= ?)
         OR EXISTS (SELECT 1 FROM events WHERE payload IS NOT NULL AND at < ?
                    AND type IN (${types.map(() => '?').join(', ')})) AS due`,
  ).get(throughDay, throughDay, beforeMs, ...types);
  return row?.due === 1;
}

/**
 * The earliest business day after `afterDay` and up to `throughDay` that still has visits
 * (tickets or escort requests); null when there is none.
 */
export function earliestVisitDay(db: Db, afterDay: string, throughDay: string): string | null {
  const row = prepared<{ after: string; through: string }, { day: string | null }>(
    db,
    `SELECT min(day) AS day FROM (
       SELECT min(business_day) AS day FROM tickets WHERE business_day > @after AND business_day <= @through
       UNION ALL
       SELECT min(business_day) FROM escort_requests WHERE business_day > @after AND business_day <= @through)`,
  ).get({ after: afterDay, through: throughDay });
  return row?.day ?? null;
}
