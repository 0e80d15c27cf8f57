import { hash } from 'node:crypto';
import { visitEventTypes } from '../shared/retention/visit-retention';
import { endOfBusinessDay } from '../shared/time/business-day';
import type { Db } from './open-database';
import { prepared } from './prepared';

/** The link before the first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** SHA-256 of an event's payload as appended: stored beside it and outliving it. */
export function payloadDigest(payload: string): string {
  return hash('sha256', payload, 'hex');
}

/**
 * Each event's hash covers the previous hash and the event itself, so changing, removing or
 * reordering any stored event breaks the chain from there on; a printed report that quotes a
 * day's last hash can later be checked against the database. It covers the payload through its
 * digest, so a retention purge can remove a visit's payload while the chain still holds.
 */
export function eventHash(
  previousHash: string,
  seq: number,
  type: string,
  at: number,
  digest: string,
): string {
  return hash('sha256', `${previousHash}\n${seq}\n${type}\n${at}\n${digest}`, 'hex');
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
  | { ok: true; events: number; redacted: number; lastSeq: number; lastHash: string }
  | { ok: false; events: number; brokenAt: number; reason: string };

type StoredEvent = {
  seq: number;
  type: string;
  at: number;
  payload: string | null;
  payload_digest: string;
  hash: string;
};

const VISIT_EVENTS = new Set<string>(visitEventTypes);

/**
 * Where the retention purges reached, for telling a purge's removals from someone else's: for
 * an event at `seq` and `at`, whether a later `visitDetailsPurged` event covers its day (the
 * purge removes payloads of events before the end of its last day, then appends its own event).
 */
function purgeCoverage(db: Db): (seq: number, at: number) => boolean {
  const purges = prepared<[], { seq: number; payload: string | null }>(
    db,
    "SELECT seq, payload FROM events WHERE type = 'visitDetailsPurged' ORDER BY seq",
  )
    .all()
    .flatMap(({ seq, payload }) => {
      const throughDay =
        payload === null ? null : (JSON.parse(payload) as { throughDay?: unknown }).throughDay;
      return typeof throughDay === 'string' ? [{ seq, endsAt: endOfBusinessDay(throughDay) }] : [];
    });
  // The furthest any purge at or after each position reached.
  const reach = purges.map(({ endsAt }) => endsAt);
  for (let i = reach.length - 2; i >= 0; i--) reach[i] = Math.max(reach[i]!, reach[i + 1]!);
  return (seq, at) => {
    const first = purges.findIndex((p) => p.seq > seq);
    return first >= 0 && at < reach[first]!;
  };
}

/**
 * Walks the whole log and reports the first link that does not hold: a present payload must
 * match its digest, and every link the chain over digests. A payload may be missing only where
 * a retention purge removed it — a visit event of a day a later purge covers; those are counted.
 * Any other missing payload (a compensation, a staff change, today's tickets) is a fault: the
 * chain still holds over its digest, but what it said can no longer be shown.
 */
export function verifyEventChain(db: Db): ChainVerdict {
  const purged = purgeCoverage(db);
  let previous = GENESIS_HASH;
  let expectedSeq = 1;
  let events = 0;
  let redacted = 0;
  for (const row of prepared<[], StoredEvent>(
    db,
    'SELECT seq, type, at, payload, payload_digest, hash FROM events ORDER BY seq',
  ).iterate()) {
    if (row.seq !== expectedSeq) {
      return { ok: false, events, brokenAt: expectedSeq, reason: `event ${expectedSeq} is missing` };
    }
    const payloadHolds = row.payload === null || payloadDigest(row.payload) === row.payload_digest;
    if (!payloadHolds || eventHash(previous, row.seq, row.type, row.at, row.payload_digest) !== row.hash) {
      return { ok: false, events, brokenAt: row.seq, reason: `event ${row.seq} does not match its hash` };
    }
    if (row.payload === null) {
      if (!VISIT_EVENTS.has(row.type) || !purged(row.seq, row.at)) {
        return {
          ok: false,
          events,
          brokenAt: row.seq,
          reason: `event ${row.seq} (${row.type}) lost its payload, and no retention purge removed it`,
        };
      }
      redacted += 1;
    }
    previous = row.hash;
    expectedSeq += 1;
    events += 1;
  }
  return { ok: true, events, redacted, lastSeq: expectedSeq - 1, lastHash: previous };
}
