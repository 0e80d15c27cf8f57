// Frozen: never edit a migration that has shipped; add the next number instead. Kept as a
// string in a module (not a .sql file) so it travels inside the Electron asar and the test
// runner without any file lookup, and it imports nothing from the app so its meaning cannot
// drift when app code changes.
export const migration0001 = `
CREATE TABLE events (
  seq     INTEGER PRIMARY KEY AUTOINCREMENT,
  type    TEXT    NOT NULL,
  at      INTEGER NOT NULL,
  payload TEXT    NOT NULL,
  -- SHA-256 over the previous event's hash and this event: editing any event breaks every later link.
  hash    TEXT    NOT NULL
);
CREATE TRIGGER events_are_append_only_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_are_append_only_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;

CREATE TABLE settings (
  id                       INTEGER PRIMARY KEY CHECK (id = 1),
  preset_id                TEXT    NOT NULL,
  office_ko                TEXT    NOT NULL,
  office_en                TEXT    NOT NULL,
  attend_target_ms         INTEGER,
  guide_target_ms          INTEGER,
  warning_share            REAL    NOT NULL,
  compensation_kind        TEXT    NOT NULL,
  compensation_amount_won  INTEGER,
  compensation_basis_ko    TEXT    NOT NULL,
  escort_policy            TEXT    NOT NULL,
  stand_in_required        INTEGER NOT NULL,
  complaint_reply_days     INTEGER NOT NULL,
  greeting_ko              TEXT    NOT NULL
);

CREATE TABLE departments (
  id          INTEGER PRIMARY KEY,
  prefix      TEXT NOT NULL UNIQUE,
  name_ko     TEXT NOT NULL,
  name_en     TEXT NOT NULL,
  floor       TEXT NOT NULL,
  location_ko TEXT NOT NULL,
  location_en TEXT NOT NULL,
  phone       TEXT NOT NULL
);

CREATE TABLE tasks (
  id            INTEGER PRIMARY KEY,
  department_id INTEGER NOT NULL REFERENCES departments(id),
  name_ko       TEXT NOT NULL,
  name_en       TEXT NOT NULL,
  keywords      TEXT NOT NULL
);
CREATE INDEX tasks_by_department ON tasks(department_id);

CREATE TABLE desks (
  id            INTEGER PRIMARY KEY,
  department_id INTEGER NOT NULL REFERENCES departments(id),
  name_ko       TEXT NOT NULL,
  name_en       TEXT NOT NULL,
  mode          TEXT NOT NULL CHECK (mode IN ('queue', 'direct'))
);

CREATE TABLE staff (
  id       INTEGER PRIMARY KEY,
  login    TEXT NOT NULL UNIQUE,
  name     TEXT NOT NULL,
  role     TEXT NOT NULL CHECK (role IN ('desk', 'guide', 'manager')),
  pin_hash TEXT NOT NULL
);

CREATE TABLE ticket_counters (
  department_id INTEGER NOT NULL REFERENCES departments(id),
  business_day  TEXT    NOT NULL,
  last_sequence INTEGER NOT NULL,
  PRIMARY KEY (department_id, business_day)
) WITHOUT ROWID;

CREATE TABLE tickets (
  id               INTEGER PRIMARY KEY,
  department_id    INTEGER NOT NULL REFERENCES departments(id),
  business_day     TEXT    NOT NULL,
  sequence         INTEGER NOT NULL,
  number           TEXT    NOT NULL,
  code             TEXT    NOT NULL UNIQUE,
  language         TEXT    NOT NULL,
  task_id          INTEGER REFERENCES tasks(id),
  desk_id          INTEGER REFERENCES desks(id),
  status           TEXT    NOT NULL
    CHECK (status IN ('issued', 'arrived', 'acknowledged', 'served', 'noShow', 'transferred')),
  issued_at        INTEGER NOT NULL,
  arrived_at       INTEGER,
  acknowledged_at  INTEGER,
  finished_at      INTEGER,
  attend_target_ms INTEGER,
  guide_target_ms  INTEGER,
  warning_share    REAL    NOT NULL,
  note             TEXT,
  UNIQUE (department_id, business_day, sequence)
);
CREATE INDEX tickets_waiting ON tickets(department_id, status, business_day, id);
CREATE INDEX tickets_at_desk ON tickets(desk_id, status);
CREATE INDEX tickets_by_day ON tickets(business_day);
`;
