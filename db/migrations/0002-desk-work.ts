// Frozen once shipped; see 0001. Adds what desk staff, guides and the display need: sign-in,
// away desks with stand-ins, calls and recalls, transfers, repeat visits with their
// compensation, and escort requests.
export const migration0002 = `
ALTER TABLE tickets ADD COLUMN repeat_of_ticket_id INTEGER REFERENCES tickets(id);
ALTER TABLE tickets ADD COLUMN transferred_from_ticket_id INTEGER REFERENCES tickets(id);
ALTER TABLE tickets ADD COLUMN priority INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tickets ADD COLUMN last_called_at INTEGER;
ALTER TABLE tickets ADD COLUMN call_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tickets ADD COLUMN routed_from_desk_id INTEGER REFERENCES desks(id);
ALTER TABLE tickets ADD COLUMN attended_by_staff_id INTEGER REFERENCES staff(id);
ALTER TABLE tickets ADD COLUMN repeat_judged_at INTEGER;
ALTER TABLE tickets ADD COLUMN repeat_staff_error INTEGER;
ALTER TABLE tickets ADD COLUMN repeat_reason TEXT;
DROP INDEX tickets_waiting;
CREATE INDEX tickets_waiting ON tickets(department_id, status, business_day, priority DESC, id);
CREATE INDEX tickets_called ON tickets(business_day, last_called_at);

CREATE TABLE desk_away (
  desk_id          INTEGER PRIMARY KEY REFERENCES desks(id),
  reason           TEXT    NOT NULL CHECK (reason IN ('meeting', 'fieldWork', 'leave', 'break')),
  stand_in_desk_id INTEGER NOT NULL REFERENCES desks(id),
  since            INTEGER NOT NULL
);

CREATE TABLE staff_sessions (
  token_hash TEXT    PRIMARY KEY,
  staff_id   INTEGER NOT NULL REFERENCES staff(id),
  desk_id    INTEGER REFERENCES desks(id),
  started_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  ended_at   INTEGER
) WITHOUT ROWID;
CREATE INDEX staff_sessions_by_staff ON staff_sessions(staff_id);

CREATE TABLE compensations (
  id                INTEGER PRIMARY KEY,
  ticket_id         INTEGER NOT NULL UNIQUE REFERENCES tickets(id),
  earlier_ticket_id INTEGER NOT NULL REFERENCES tickets(id),
  kind              TEXT    NOT NULL,
  amount_won        INTEGER,
  basis_ko          TEXT    NOT NULL,
  reason            TEXT    NOT NULL,
  status            TEXT    NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'paid')),
  created_at        INTEGER NOT NULL,
  created_by        INTEGER REFERENCES staff(id)
);

CREATE TABLE escort_requests (
  id            INTEGER PRIMARY KEY,
  kind          TEXT    NOT NULL CHECK (kind IN ('escort', 'callStaff')),
  reason        TEXT    NOT NULL CHECK (reason IN ('wheelchair', 'lowVision', 'hearing', 'elderly', 'other')),
  ticket_id     INTEGER REFERENCES tickets(id),
  language      TEXT    NOT NULL,
  status        TEXT    NOT NULL CHECK (status IN ('requested', 'accepted', 'delivered')),
  requested_at  INTEGER NOT NULL,
  accepted_at   INTEGER,
  delivered_at  INTEGER,
  guide_staff_id INTEGER REFERENCES staff(id),
  business_day  TEXT    NOT NULL
);
CREATE INDEX escort_requests_open ON escort_requests(status, business_day);
`;
