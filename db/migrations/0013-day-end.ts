// Frozen once shipped; see 0001. A business day that ends: the visits it left open are closed
// with an outcome of their own, `closedAtDayEnd`, counted as such in that day's report.
//
// SQLite cannot change a CHECK constraint in place, so `tickets` is rebuilt by its documented
// procedure (create, copy, drop, rename; `migrate` runs migrations with foreign keys off and
// checks them all before committing). Columns, rows, ids and the indexes of 0001–0012 stay exactly
// as they were.
export const migration0013 = `
CREATE TABLE tickets_v9 (
  id                         INTEGER PRIMARY KEY,
  department_id              INTEGER NOT NULL REFERENCES departments(id),
  business_day               TEXT    NOT NULL,
  sequence                   INTEGER NOT NULL,
  number                     TEXT    NOT NULL,
  code                       TEXT    NOT NULL UNIQUE,
  language                   TEXT    NOT NULL,
  task_id                    INTEGER REFERENCES tasks(id),
  desk_id                    INTEGER REFERENCES desks(id),
  status                     TEXT    NOT NULL
    CHECK (status IN ('issued', 'arrived', 'acknowledged', 'served', 'noShow', 'transferred', 'closedAtDayEnd')),
  issued_at                  INTEGER NOT NULL,
  arrived_at                 INTEGER,
  acknowledged_at            INTEGER,
  finished_at                INTEGER,
  attend_target_ms           INTEGER,
  guide_target_ms            INTEGER,
  warning_share              REAL    NOT NULL,
  note                       TEXT,
  repeat_of_ticket_id        INTEGER REFERENCES tickets(id),
  transferred_from_ticket_id INTEGER REFERENCES tickets(id),
  priority                   INTEGER NOT NULL DEFAULT 0,
  last_called_at             INTEGER,
  call_count                 INTEGER NOT NULL DEFAULT 0,
  routed_from_desk_id        INTEGER REFERENCES desks(id),
  attended_by_staff_id       INTEGER REFERENCES staff(id),
  repeat_judged_at           INTEGER,
  repeat_staff_error         INTEGER,
  repeat_reason              TEXT,
  finish_note                TEXT,
  repeat_of_number           TEXT,
  repeat_of_day              TEXT,
  rating                     INTEGER CHECK (rating BETWEEN 1 AND 5),
  rated_at                   INTEGER,
  priority_need              TEXT CHECK (priority_need IN ('elderly', 'disabled', 'pregnant')),
  UNIQUE (department_id, business_day, sequence)
);
INSERT INTO tickets_v9 (id, department_id, business_day, sequence, number, code, language, task_id, desk_id,
  status, issued_at, arrived_at, acknowledged_at, finished_at, attend_target_ms, guide_target_ms, warning_share,
  note, repeat_of_ticket_id, transferred_from_ticket_id, priority, last_called_at, call_count, routed_from_desk_id,
  attended_by_staff_id, repeat_judged_at, repeat_staff_error, repeat_reason, finish_note, repeat_of_number,
  repeat_of_day, rating, rated_at, priority_need)
SELECT id, department_id, business_day, sequence, number, code, language, task_id, desk_id,
  status, issued_at, arrived_at, acknowledged_at, finished_at, attend_target_ms, guide_target_ms, warning_share,
  note, repeat_of_ticket_id, transferred_from_ticket_id, priority, last_called_at, call_count, routed_from_desk_id,
  attended_by_staff_id, repeat_judged_at, repeat_staff_error, repeat_reason, finish_note, repeat_of_number,
  repeat_of_day, rating, rated_at, priority_need
FROM tickets;
DROP TABLE tickets;
ALTER TABLE tickets_v9 RENAME TO tickets;
CREATE INDEX tickets_waiting ON tickets(department_id, status, business_day, priority DESC, id);
CREATE INDEX tickets_at_desk ON tickets(desk_id, status);
CREATE INDEX tickets_by_day ON tickets(business_day);
CREATE INDEX tickets_called ON tickets(business_day, last_called_at);
CREATE INDEX tickets_arrivals ON tickets(department_id, business_day, arrived_at);
CREATE INDEX tickets_finished ON tickets(department_id, finished_at);
-- The visits a day end has to close: few, so finding them never scans the years behind them.
CREATE INDEX tickets_open ON tickets(business_day) WHERE status IN ('issued', 'arrived', 'acknowledged');

ALTER TABLE daily_summaries ADD COLUMN closed_at_day_end INTEGER NOT NULL DEFAULT 0;
`;
