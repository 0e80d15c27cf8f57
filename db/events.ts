import type { HubEvent, HubEventBody } from '../shared/contract/events';
import type { Db } from './open-database';
import { eventHash, lastEventLink, payloadDigest } from './event-chain';
import { prepared } from './prepared';

type EventRow = { seq: number; type: string; at: number; payload: string };

function toEvent(row: EventRow): HubEvent {
  return { ...(JSON.parse(row.payload) as HubEventBody), seq: row.seq, at: row.at };
}

export function appendEvent(db: Db, body: HubEventBody, at: number): HubEvent {
  const { type, ...rest } = body;
  const payload = JSON.stringify({ type, ...rest });
  // Runs inside the command's write transaction, so the last link cannot change under it.
  const previous = lastEventLink(db);
  const seq = previous.seq + 1;
  const digest = payloadDigest(payload);
  prepared(
    db,
    'INSERT INTO events (seq, type, at, payload, payload_digest, hash) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(seq, type, at, payload, digest, eventHash(previous.hash, seq, type, at, digest));
  return { ...body, seq, at };
}

/** The events after `afterSeq`, in order, leaving out those whose visit details were purged. */
export function eventsAfter(db: Db, afterSeq: number, limit: number): HubEvent[] {
  return prepared<[number, number], EventRow>(
    db,
    'SELECT seq, type, at, payload FROM events WHERE seq > ? AND payload IS NOT NULL ORDER BY seq LIMIT ?',
  )
    .all(afterSeq, limit)
    .map(toEvent);
}

export function lastSeq(db: Db): number {
  const row = prepared<[], { seq: number | null }>(db, 'SELECT MAX(seq) AS seq FROM events').get();
  return row?.seq ?? 0;
}

export function countEvents(db: Db): number {
  return prepared<[], { n: number }>(db, 'SELECT COUNT(*) AS n FROM events').get()!.n;
}

/** Every event whose payload is still there, in order, read one at a time (a year is millions). */
export function* iterateLoggedEvents(db: Db): Generator<HubEvent> {
  for (const row of prepared<[], EventRow>(
    db,
    'SELECT seq, type, at, payload FROM events WHERE payload IS NOT NULL ORDER BY seq',
  ).iterate()) {
    yield toEvent(row);
  }
}

/** Whether a compensation was decided or paid after event `afterSeq`. */
export function compensationEventsAfter(db: Db, afterSeq: number): boolean {
  const row = prepared<[number], { found: number }>(
    db,
    `SELECT EXISTS (SELECT 1 FROM events WHERE seq > ?
       AND type IN ('compensationDecided', 'compensationPaid')) AS found`,
  ).get(afterSeq);
  return row?.found === 1;
}
