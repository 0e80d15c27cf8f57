import type { FeedEvent } from '../../shared/contract/region-feed';
import type { Client, Pool } from './pool';

/**
 * Stores verified events; an event already stored is left as it is, so a page taken twice (a
 * retry, or two region processes) is stored once.
 */
export async function insertEvents(
  client: Client,
  officeId: number,
  events: readonly FeedEvent[],
): Promise<void> {
  if (events.length === 0) return;
  await client.query(
    `INSERT INTO log.events (office_id, seq, at, type, digest, hash, purged, facts)
     SELECT $1, e.seq, e.at, e.type, decode(e.digest, 'hex'), decode(e.hash, 'hex'), e.purged, e.facts
     FROM unnest($2::bigint[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::boolean[], $8::jsonb[])
       AS e (seq, at, type, digest, hash, purged, facts)
     ON CONFLICT DO NOTHING`,
    [
      officeId,
      events.map((e) => e.seq),
      events.map((e) => e.at),
      events.map((e) => e.type),
      events.map((e) => e.digest),
      events.map((e) => e.hash),
      events.map((e) => e.purged),
      events.map((e) => (e.facts === null ? null : JSON.stringify(e.facts))),
    ],
  );
}

/** The hash the region holds for an office's event `seq` (hex), or null if it holds none. */
export async function heldHashAt(db: Pool | Client, officeId: number, seq: number): Promise<string | null> {
  const found = await db.query<{ hash: string }>(
    `SELECT encode(hash, 'hex') AS hash FROM log.events WHERE office_id = $1 AND seq = $2`,
    [officeId, seq],
  );
  return found.rows[0]?.hash ?? null;
}

export async function countHeldEvents(db: Pool | Client, officeId: number): Promise<number> {
  const found = await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM log.events WHERE office_id = $1',
    [officeId],
  );
  return found.rows[0]!.n;
}
