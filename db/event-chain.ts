import { createHash } from 'node:crypto';
import type { Db } from './open-database';
import { prepared } from './prepared';

/** The link before the first event. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * Each event's hash covers the previous hash and the event itself, so changing, removing or
 * reordering any stored event breaks the chain from there on; a printed report that quotes a
 * day's last hash can later be checked against the database.
 */
export function eventHash(
  previousHash: string,
  seq: number,
  type: string,
  at: number,
  payload: string,
): string {
  return createHash('sha256').update(`${previousHash}\n${seq}\n${type}\n${at}\n${payload}`).digest('hex');
}

export function lastEventLink(db: Db): { seq: number; hash: string } {
  const row = prepared<[], { seq: number; hash: string }>(
    db,
    'SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1',
  ).get();
  return row ?? { seq: 0, hash: GENESIS_HASH };
}

/** The hash of the last event before `beforeMs`: what a report of the days before it quotes. */
export function hashBefore(db: Db, beforeMs: number): { seq: number; hash: string } {
  const row = prepared<[number], { seq: number; hash: string }>(
    db,
    'SELECT seq, hash FROM events WHERE at < ? ORDER BY seq DESC LIMIT 1',
  ).get(beforeMs);
  return row ?? { seq: 0, hash: GENESIS_HASH };
}

export type ChainVerdict =
  | { ok: true; events: number; lastSeq: number; lastHash: string }
  | { ok: false; events: number; brokenAt: number; reason: string };

/** Walks the whole log and reports the first link that does not hold. */
export function verifyEventChain(db: Db): ChainVerdict {
  let previous = GENESIS_HASH;
  let expectedSeq = 1;
  let events = 0;
  for (const row of prepared<[], { seq: number; type: string; at: number; payload: string; hash: string }>(
    db,
    'SELECT seq, type, at, payload, hash FROM events ORDER BY seq',
  ).iterate()) {
    if (row.seq !== expectedSeq) {
      return { ok: false, events, brokenAt: expectedSeq, reason: `event ${expectedSeq} is missing` };
    }
    if (eventHash(previous, row.seq, row.type, row.at, row.payload) !== row.hash) {
      return { ok: false, events, brokenAt: row.seq, reason: `event ${row.seq} does not match its hash` };
    }
    previous = row.hash;
    expectedSeq += 1;
    events += 1;
  }
  return { ok: true, events, lastSeq: expectedSeq - 1, lastHash: previous };
}
