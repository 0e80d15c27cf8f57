// Frozen once shipped; see 0001. The charter's other promises: complaints, dissatisfaction and
// unkindness reports and suggestions with their reply deadlines, and one-tap satisfaction.
//
// - `settings`: reply days per kind of case (the existing `complaint_reply_days` is the
//   complaint's), and the unkindness rule (목포시: 3 reports). An office's existing charter gets
//   its preset's values, written out here so this step never changes meaning.
// - `cases`: one row per case with the deadline stored as received (charters and holidays may
//   change later; a case keeps the promise it was given). `ticket_id` has no foreign key: a
//   visit's ticket is purged with its details, the case keeps its number and day.
// - `case_steps`: each step in order, for the history and the export.
// - `case_contacts`: the visitor's contact for the reply, kept apart so that deleting it touches
//   nothing else; `purge_at` is set when the case is answered.
// - `tickets.rating`: the visit's one-tap rating (1–5); `daily_summaries` keeps the counts per face
//   once the visit details are purged.
export const migration0010 = `
ALTER TABLE settings ADD COLUMN dissatisfaction_reply_days INTEGER;
ALTER TABLE settings ADD COLUMN unkindness_reply_days INTEGER;
ALTER TABLE settings ADD COLUMN suggestion_reply_days INTEGER;
ALTER TABLE settings ADD COLUMN unkindness_action_threshold INTEGER;
ALTER TABLE settings ADD COLUMN unkindness_window_days INTEGER NOT NULL DEFAULT 365;
UPDATE settings SET
  dissatisfaction_reply_days = complaint_reply_days,
  unkindness_reply_days = CASE preset_id WHEN 'mokpo' THEN 1 ELSE complaint_reply_days END,
  suggestion_reply_days = CASE preset_id WHEN 'mss' THEN NULL WHEN 'tipa' THEN 14 ELSE complaint_reply_days END,
  unkindness_action_threshold = CASE preset_id WHEN 'mokpo' THEN 3 ELSE NULL END;

CREATE TABLE case_counters (
  year          TEXT    PRIMARY KEY,
  last_sequence INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE cases (
  id                INTEGER PRIMARY KEY,
  number            TEXT    NOT NULL UNIQUE,
  kind              TEXT    NOT NULL CHECK (kind IN ('complaint', 'dissatisfaction', 'unkindness', 'suggestion')),
  category          TEXT    NOT NULL,
  channel           TEXT    NOT NULL CHECK (channel IN ('kiosk', 'inPerson', 'phone', 'letter', 'online')),
  language          TEXT    NOT NULL,
  description       TEXT    NOT NULL,
  department_id     INTEGER REFERENCES departments(id),
  desk_id           INTEGER REFERENCES desks(id),
  staff_id          INTEGER REFERENCES staff(id),
  ticket_id         INTEGER,
  ticket_number     TEXT,
  ticket_day        TEXT,
  received_at       INTEGER NOT NULL,
  received_by       INTEGER REFERENCES staff(id),
  reply_days        INTEGER,
  original_due_at   INTEGER,
  due_at            INTEGER,
  status            TEXT    NOT NULL CHECK (status IN ('received', 'delayNotified', 'answered', 'closed')),
  delay_reason      TEXT,
  delay_notified_at INTEGER,
  late_delay_notice INTEGER NOT NULL DEFAULT 0,
  answered_at       INTEGER,
  answered_by       INTEGER REFERENCES staff(id),
  answer_summary    TEXT,
  upheld            INTEGER,
  closed_at         INTEGER,
  closed_by         INTEGER REFERENCES staff(id)
);
CREATE INDEX cases_by_received ON cases (received_at);
CREATE INDEX cases_open ON cases (due_at) WHERE status IN ('received', 'delayNotified');

CREATE TABLE case_steps (
  id       INTEGER PRIMARY KEY,
  case_id  INTEGER NOT NULL REFERENCES cases(id),
  step     TEXT    NOT NULL CHECK (step IN ('received', 'delayNotified', 'answered', 'closed')),
  at       INTEGER NOT NULL,
  staff_id INTEGER REFERENCES staff(id),
  note     TEXT,
  due_at   INTEGER
);
CREATE INDEX case_steps_by_case ON case_steps (case_id, id);

CREATE TABLE case_contacts (
  case_id      INTEGER PRIMARY KEY REFERENCES cases(id),
  contact      TEXT    NOT NULL,
  consented_at INTEGER NOT NULL,
  purge_at     INTEGER
);
CREATE INDEX case_contacts_due ON case_contacts (purge_at) WHERE purge_at IS NOT NULL;

ALTER TABLE tickets ADD COLUMN rating INTEGER CHECK (rating BETWEEN 1 AND 5);
ALTER TABLE tickets ADD COLUMN rated_at INTEGER;

ALTER TABLE daily_summaries ADD COLUMN rating_1 INTEGER NOT NULL DEFAULT 0;
ALTER TABLE daily_summaries ADD COLUMN rating_2 INTEGER NOT NULL DEFAULT 0;
ALTER TABLE daily_summaries ADD COLUMN rating_3 INTEGER NOT NULL DEFAULT 0;
ALTER TABLE daily_summaries ADD COLUMN rating_4 INTEGER NOT NULL DEFAULT 0;
ALTER TABLE daily_summaries ADD COLUMN rating_5 INTEGER NOT NULL DEFAULT 0;
`;
