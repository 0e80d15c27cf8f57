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

/** How many tickets of the business days through `throughDay` are still kept. */
export function countTicketsThrough(db: Db, throughDay: string): number {
  return prepared<[string], { n: number }>(
    db,
    'SELECT count(*) AS n FROM tickets WHERE business_day <= ?',
  ).get(throughDay)!.n;
}

/** How many events `redactEvents(db, types, beforeMs)` would blank now. */
export function countEventsToRedact(db: Db, types: readonly string[], beforeMs: number): number {
  return prepared<unknown[], { n: number }>(
    db,
    `SELECT count(*) AS n FROM events
     WHERE payload IS NOT NULL AND at < ? AND type IN (${types.map(() => '?').join(', ')})`,
  ).get(beforeMs, ...types)!.n;
}

/**
 * `deleteVisitDetails` in bites: up to `limit` escort requests of the days through
 * `throughDay`, or else up to `limit` of their tickets, with what later visits keep of them;
 * returns how many rows went (0: nothing of those days is left). Tickets go latest first, so a
 * repeat or a transfer goes before the earlier ticket it names (the tickets' foreign keys).
 */
export function deleteVisitDetailsBatch(db: Db, throughDay: string, limit: number): number {
  const escorts = prepared(
    db,
    `DELETE FROM escort_requests WHERE id IN (
       SELECT id FROM escort_requests WHERE business_day <= @day LIMIT @limit)`,
  ).run({ day: throughDay, limit }).changes;
  if (escorts > 0) return escorts;
  const ids = prepared<{ day: string; limit: number }, { id: number }>(
    db,
    'SELECT id FROM tickets WHERE business_day <= @day ORDER BY business_day DESC, id DESC LIMIT @limit',
  )
    .all({ day: throughDay, limit })
    .map((r) => r.id);
  if (ids.length === 0) return 0;
  const batch = { day: throughDay, batch: JSON.stringify(ids) };
  prepared(
    db,
    `UPDATE tickets SET (repeat_of_number, repeat_of_day, repeat_of_ticket_id) =
       (SELECT r.number, r.business_day, NULL FROM tickets AS r WHERE r.id = tickets.repeat_of_ticket_id)
     WHERE repeat_of_ticket_id IN (SELECT value FROM json_each(@batch)) AND +business_day > @day`,
  ).run(batch);
  prepared(
    db,
    `UPDATE tickets SET transferred_from_ticket_id = NULL
     WHERE transferred_from_ticket_id IN (SELECT value FROM json_each(@batch)) AND +business_day > @day`,
  ).run(batch);
  prepared(db, 'DELETE FROM escort_requests WHERE ticket_id IN (SELECT value FROM json_each(@batch))').run(
    batch,
  );
  return prepared(db, 'DELETE FROM tickets WHERE id IN (SELECT value FROM json_each(@batch))').run(batch)
    .changes;
}

/** `redactEvents` in bites: blanks up to `limit` of those payloads; returns how many. */
export function redactEventsBatch(db: Db, types: readonly string[], beforeMs: number, limit: number): number {
  return prepared(
    db,
    `UPDATE events SET payload = NULL WHERE seq IN (
       SELECT seq FROM events WHERE payload IS NOT NULL AND at < ? AND type IN (${types.map(() => '?').join(', ')})
       LIMIT ?)`,
  ).run(beforeMs, ...types, limit).changes;
}
