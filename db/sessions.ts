import type { Db } from './open-database';
import { prepared } from './prepared';
import { cachedRead } from './read-cache';

export type SessionRow = {
  staffId: number;
  deskId: number | null;
  startedAt: number;
  expiresAt: number;
};

/** Only the token's hash is stored: a copied database file signs nobody in. */
export function insertSession(db: Db, tokenHash: string, session: SessionRow): void {
  prepared(
    db,
    'INSERT INTO staff_sessions (token_hash, staff_id, desk_id, started_at, expires_at) VALUES (?, ?, ?, ?, ?)',
  ).run(tokenHash, session.staffId, session.deskId, session.startedAt, session.expiresAt);
}

type StoredSession = {
  staff_id: number;
  desk_id: number | null;
  started_at: number;
  expires_at: number;
  ended_at: number | null;
};

/** Every request and every event streamed asks this; see read-cache.ts. */
export function findActiveSession(db: Db, tokenHash: string, now: number): SessionRow | null {
  const row = cachedRead(
    db,
    `session:${tokenHash}`,
    ['staff_sessions'],
    () =>
      prepared<[string], StoredSession>(
        db,
        'SELECT staff_id, desk_id, started_at, expires_at, ended_at FROM staff_sessions WHERE token_hash = ?',
      ).get(tokenHash),
    (found) => found !== undefined,
  );
  return row && row.ended_at === null && row.expires_at > now
    ? { staffId: row.staff_id, deskId: row.desk_id, startedAt: row.started_at, expiresAt: row.expires_at }
    : null;
}

export function endSession(db: Db, tokenHash: string, now: number): void {
  prepared(db, 'UPDATE staff_sessions SET ended_at = ? WHERE token_hash = ? AND ended_at IS NULL').run(
    now,
    tokenHash,
  );
}

/** A PIN reset signs the person out everywhere. */
export function endSessionsOfStaff(db: Db, staffId: number, now: number): void {
  prepared(db, 'UPDATE staff_sessions SET ended_at = ? WHERE staff_id = ? AND ended_at IS NULL').run(
    now,
    staffId,
  );
}

/** Desks with someone signed in at them now. */
export function desksSignedIn(db: Db, now: number): number[] {
  return prepared<[number], { desk_id: number }>(
    db,
    `SELECT DISTINCT desk_id FROM staff_sessions WHERE desk_id IS NOT NULL AND ended_at IS NULL AND expires_at > ?`,
  )
    .all(now)
    .map((r) => r.desk_id);
}
