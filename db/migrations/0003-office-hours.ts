// Frozen once shipped; see 0001. Office hours, holidays, and departments that stop taking
// tickets, so the kiosk never issues a ticket no desk will serve.
export const migration0003 = `
CREATE TABLE office_hours (
  weekday        INTEGER PRIMARY KEY CHECK (weekday BETWEEN 0 AND 6),
  opens_minute   INTEGER NOT NULL CHECK (opens_minute BETWEEN 0 AND 1439),
  closes_minute  INTEGER NOT NULL CHECK (closes_minute BETWEEN 1 AND 1440),
  CHECK (closes_minute > opens_minute)
);

CREATE TABLE holidays (
  day     TEXT PRIMARY KEY,
  name_ko TEXT NOT NULL
) WITHOUT ROWID;

ALTER TABLE departments ADD COLUMN accepting INTEGER NOT NULL DEFAULT 1;
`;
