// Complaints and satisfaction (issue 15 §1–§2) reach the region: each case's kind and clocks,
// and each visit's one-tap rating. Events stored before this version carried neither (their
// facts were null), so their days count no case and no rating.
export const regionMigration0002 = `
-- One row per case, its latest state. Its business day is the day it was received (Seoul), the
-- day the office's own report counts it on. Never its words, number, contact or whom it names.
CREATE TABLE facts.cases (
  office_id integer NOT NULL REFERENCES registry.offices (id),
  case_id integer NOT NULL,
  business_day date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('complaint', 'dissatisfaction', 'unkindness', 'suggestion')),
  department_id integer,
  received_at bigint NOT NULL,
  due_at bigint,
  status text NOT NULL CHECK (status IN ('received', 'delayNotified', 'answered', 'closed')),
  delay_notified_at bigint,
  late_delay_notice boolean NOT NULL,
  answered_at bigint,
  upheld boolean,
  PRIMARY KEY (office_id, case_id)
);
CREATE INDEX cases_by_day ON facts.cases (business_day, office_id);

-- The face a visitor tapped after the visit, 1–5; set by its own event, like the escort.
ALTER TABLE facts.visits ADD COLUMN rating smallint CHECK (rating BETWEEN 1 AND 5);

-- Every day's stored figures gain their ratings.
INSERT INTO figures.dirty_days (office_id, business_day)
  SELECT DISTINCT office_id, business_day FROM facts.visits ON CONFLICT DO NOTHING;
`;
