import type { Db } from './open-database';
import { GENESIS_HASH } from './event-chain';
import { prepared } from './prepared';

/** An event as stored, with its chain columns; `payload` is null once a purge removed it. */
export type StoredLink = {
  seq: number;
  type: string;
  at: number;
  payload: string | null;
  payload_digest: string;
  hash: string;
};

/** The stored events after `afterSeq`, in order, purged ones included: the chain needs them all. */
export function storedEventsAfter(db: Db, afterSeq: number, limit: number): StoredLink[] {
  return prepared<[number, number], StoredLink>(
    db,
    'SELECT seq, type, at, payload, payload_digest, hash FROM events WHERE seq > ? ORDER BY seq LIMIT ?',
  ).all(afterSeq, limit);
}

/** The stored hash of event `seq` (the genesis link for 0), or null past the end of the log. */
export function storedHashAt(db: Db, seq: number): string | null {
  if (seq === 0) return GENESIS_HASH;
  const row = prepared<[number], { hash: string }>(db, 'SELECT hash FROM events WHERE seq = ?').get(seq);
  return row?.hash ?? null;
}
