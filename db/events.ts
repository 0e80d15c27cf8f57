import type { HubEvent, HubEventBody } from '../shared/contract/events';
import type { Db } from './open-database';
import { prepared } from './prepared';

type EventRow = { seq: number; type: string; at: number; payload: string };

function toEvent(row: EventRow): HubEvent {
  return { ...(JSON.parse(row.payload) as HubEventBody), seq: row.seq, at: row.at };
}

export function appendEvent(db: Db, body: HubEventBody, at: number): HubEvent {
  const { type, ...rest } = body;
  const result = prepared(db, 'INSERT INTO events (type, at, payload) VALUES (?, ?, ?)').run(
    type,
    at,
    JSON.stringify({ type, ...rest }),
  );
  return { ...body, seq: Number(result.lastInsertRowid), at };
}

export function eventsAfter(db: Db, afterSeq: number, limit: number): HubEvent[] {
  return prepared<[number, number], EventRow>(
    db,
    'SELECT seq, type, at, payload FROM events WHERE seq > ? ORDER BY seq LIMIT ?',
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
