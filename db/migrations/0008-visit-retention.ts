import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';

// Frozen once shipped; see 0001. What the retention purge needs: visit details older than the
// office's retention period go, the daily summaries stay, and the event log still proves that
// nothing else changed.
//
// - `daily_summaries`: per business day, department and desk, the counts and every measured
//   clock time (no ticket, no time of day), so a summary of any range is exactly what it was
//   before the purge: medians and percentiles cannot be combined from per-day figures.
// - `retention_settings`: the retention period (365 days by default, at least 90) and the last
//   business day purged.
// - `compensations` keeps the numbers and days of its visits itself and no longer references
//   the ticket rows, which a purge deletes: the ledger is the office's financial record.
// - `tickets.repeat_of_number` / `repeat_of_day`: set when the earlier visit of a repeat visit
//   is purged, so the later visit still says which one it repeats.
//
// The events table is rebuilt by `rechainEvents0008` below (SQL cannot hash).
export const migration0008 = `
CREATE TABLE daily_summaries (
  business_day     TEXT    NOT NULL,
  department_id    INTEGER NOT NULL REFERENCES departments(id),
  -- NULL: visits that never reached a desk.
  desk_id          INTEGER REFERENCES desks(id),
  visitors         INTEGER NOT NULL,
  served           INTEGER NOT NULL,
  no_shows         INTEGER NOT NULL,
  transferred      INTEGER NOT NULL,
  escorts          INTEGER NOT NULL,
  repeat_visits    INTEGER NOT NULL,
  compensations    INTEGER NOT NULL,
  compensation_won INTEGER NOT NULL,
  -- JSON arrays of every measured time in ms, and how many had a target and kept it.
  attend_ms        TEXT    NOT NULL,
  attend_targeted  INTEGER NOT NULL,
  attend_within    INTEGER NOT NULL,
  guide_ms         TEXT    NOT NULL,
  guide_targeted   INTEGER NOT NULL,
  guide_within     INTEGER NOT NULL,
  -- JSON [{ hour, visitors, attendBreaches }] by the Seoul hour of issue.
  hours            TEXT    NOT NULL
);
CREATE UNIQUE INDEX daily_summaries_key ON daily_summaries (business_day, department_id, ifnull(desk_id, 0));

-- Escort times are reported per day, so each purged day keeps its figures as reports show them.
CREATE TABLE daily_escort_summaries (
  business_day TEXT PRIMARY KEY,
  summary      TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE retention_settings (
  id                     INTEGER PRIMARY KEY CHECK (id = 1),
  visit_retention_days   INTEGER NOT NULL CHECK (visit_retention_days >= 90),
  -- The last business day whose visit details were purged; NULL before the first purge.
  details_purged_through TEXT
);
INSERT INTO retention_settings (id, visit_retention_days, details_purged_through) VALUES (1, 365, NULL);

ALTER TABLE tickets ADD COLUMN repeat_of_number TEXT;
ALTER TABLE tickets ADD COLUMN repeat_of_day TEXT;

CREATE TABLE compensations_v8 (
  id                INTEGER PRIMARY KEY,
  -- Ids of the visit and the earlier visit; their ticket rows may since have been purged.
  ticket_id         INTEGER NOT NULL UNIQUE,
  earlier_ticket_id INTEGER NOT NULL,
  ticket_number     TEXT    NOT NULL,
  business_day      TEXT    NOT NULL,
  department_id     INTEGER NOT NULL REFERENCES departments(id),
  earlier_number    TEXT    NOT NULL,
  earlier_day       TEXT    NOT NULL,
  kind              TEXT    NOT NULL,
  amount_won        INTEGER,
  basis_ko          TEXT    NOT NULL,
  reason            TEXT    NOT NULL,
  status            TEXT    NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'paid')),
  created_at        INTEGER NOT NULL,
  created_by        INTEGER REFERENCES staff(id),
  decided_at        INTEGER,
  decided_by        INTEGER REFERENCES staff(id),
  decision_note     TEXT,
  paid_at           INTEGER,
  paid_by           INTEGER REFERENCES staff(id),
  payment_reference TEXT
);
INSERT INTO compensations_v8
SELECT c.id, c.ticket_id, c.earlier_ticket_id, t.number, t.business_day, t.department_id, e.number, e.business_day,
       c.kind, c.amount_won, c.basis_ko, c.reason, c.status, c.created_at, c.created_by, c.decided_at, c.decided_by,
       c.decision_note, c.paid_at, c.paid_by, c.payment_reference
FROM compensations c
JOIN tickets t ON t.id = c.ticket_id
JOIN tickets e ON e.id = c.earlier_ticket_id;
DROP TABLE compensations;
ALTER TABLE compensations_v8 RENAME TO compensations;
CREATE INDEX compensations_by_created ON compensations(created_at);
`;

const GENESIS_HASH = '0'.repeat(64);
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

type EventRowV7 = { seq: number; type: string; at: number; payload: string; hash: string };

/**
 * Moves the log to a chain over payload digests, so a purge can remove a payload and the chain
 * still holds: link = SHA-256(previous link, seq, type, at, SHA-256(payload)). Both formulas are
 * written out here, not imported, so this step means the same whatever the app does later.
 *
 * Re-chaining rewrites every stored hash, which is acceptable only because no office runs this
 * product yet (pre-release): no printed report quotes a hash of the old chain. It first checks
 * the old chain and refuses to touch a log that is already broken, so the re-chaining can never
 * launder an edit into a valid chain.
 */
export function rechainEvents0008(db: Database.Database): void {
  const rows = db
    .prepare<[], EventRowV7>('SELECT seq, type, at, payload, hash FROM events ORDER BY seq')
    .all();
  let previous = GENESIS_HASH;
  rows.forEach((row, index) => {
    const hash = sha256(`${previous}\n${row.seq}\n${row.type}\n${row.at}\n${row.payload}`);
    if (row.seq !== index + 1 || hash !== row.hash) {
      throw new Error(
        `The event log is broken at event ${index + 1} (npm run verify-log); ` +
          'the database was left untouched. Restore a backup, or keep running the version that wrote it.',
      );
    }
    previous = row.hash;
  });

  db.exec(`
    DROP TRIGGER events_are_append_only_update;
    DROP TRIGGER events_are_append_only_delete;
    ALTER TABLE events RENAME TO events_v7;
    CREATE TABLE events (
      seq            INTEGER PRIMARY KEY AUTOINCREMENT,
      type           TEXT    NOT NULL,
      at             INTEGER NOT NULL,
      -- NULL once a retention purge has removed the visit details it carried.
      payload        TEXT,
      -- SHA-256 of the payload as appended; the chain covers this, so it outlives the payload.
      payload_digest TEXT    NOT NULL,
      hash           TEXT    NOT NULL
    );
    -- The one change ever allowed: a purge removes a payload and touches nothing else.
    CREATE TRIGGER events_are_append_only_update BEFORE UPDATE ON events
    WHEN NOT (NEW.payload IS NULL AND NEW.seq IS OLD.seq AND NEW.type IS OLD.type AND NEW.at IS OLD.at
              AND NEW.payload_digest IS OLD.payload_digest AND NEW.hash IS OLD.hash)
    BEGIN SELECT RAISE(ABORT, 'events are append-only; a purge may only remove a payload'); END;
    CREATE TRIGGER events_are_append_only_delete BEFORE DELETE ON events
    BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
    -- The events a purge still has to look at: redacted ones leave the index.
    CREATE INDEX events_with_payload ON events (at) WHERE payload IS NOT NULL;
  `);
  const insert = db.prepare(
    'INSERT INTO events (seq, type, at, payload, payload_digest, hash) VALUES (?, ?, ?, ?, ?, ?)',
  );
  previous = GENESIS_HASH;
  for (const row of rows) {
    const digest = sha256(row.payload);
    previous = sha256(`${previous}\n${row.seq}\n${row.type}\n${row.at}\n${digest}`);
    insert.run(row.seq, row.type, row.at, row.payload, digest, previous);
  }
  db.exec('DROP TABLE events_v7');
}
