// Frozen once shipped, like the office's migrations: a later change is a new numbered file.
// One schema per concern: who sends (registry), what arrived, verified (log), what a region
// keeps of it (facts), and what it shows (figures). Times are UTC milliseconds, as at the office.
export const regionMigration0001 = `
CREATE SCHEMA registry;
CREATE SCHEMA log;
CREATE SCHEMA facts;
CREATE SCHEMA figures;

CREATE TABLE registry.offices (
  id serial PRIMARY KEY,
  name_ko text NOT NULL,
  name_en text NOT NULL,
  hub_url text NOT NULL UNIQUE,
  -- The office's region device token: it reads that office's region feed and nothing else.
  feed_token text NOT NULL,
  registered_at bigint NOT NULL,
  -- The verified end of the chain the region holds: the next page must link to it.
  last_seq bigint NOT NULL DEFAULT 0,
  last_hash bytea NOT NULL DEFAULT decode(repeat('0', 64), 'hex'),
  last_event_at bigint,
  last_contact_at bigint,
  problem text CHECK (problem IN ('unreachable', 'tokenRefused', 'badFeed', 'chainBroken', 'logRewritten')),
  problem_since bigint,
  problem_seq bigint,
  problem_detail text
);

-- The office logs as they arrived, every link kept so the chain can be shown to hold. Ranged by
-- the event's month (Seoul): old months can be detached, archived or dropped whole.
CREATE TABLE log.events (
  office_id integer NOT NULL REFERENCES registry.offices (id),
  seq bigint NOT NULL,
  at bigint NOT NULL,
  type text NOT NULL,
  digest bytea NOT NULL,
  hash bytea NOT NULL,
  purged boolean NOT NULL,
  facts jsonb,
  -- (office, seq) is unique: a seq has one verified time, so it always lands in one partition.
  PRIMARY KEY (office_id, seq, at)
) PARTITION BY RANGE (at);

-- One row per visit, its latest state: the facts every figure is computed from.
CREATE TABLE facts.visits (
  office_id integer NOT NULL REFERENCES registry.offices (id),
  business_day date NOT NULL,
  ticket_id integer NOT NULL,
  department_id integer NOT NULL,
  desk_id integer,
  status text NOT NULL,
  language text NOT NULL,
  issued_at bigint NOT NULL,
  arrived_at bigint,
  acknowledged_at bigint,
  finished_at bigint,
  attend_target_ms integer,
  guide_target_ms integer,
  repeat_visit boolean NOT NULL,
  repeat_staff_error boolean,
  transferred_from integer,
  -- The kind of the visit's first escort request, as the office's own report counts it.
  escort_kind text,
  compensation_status text,
  compensation_won integer,
  PRIMARY KEY (office_id, business_day, ticket_id)
) PARTITION BY RANGE (business_day);
-- Escorts and compensations name their ticket, not its day.
CREATE INDEX visits_by_ticket ON facts.visits (office_id, ticket_id);

CREATE TABLE facts.departments (
  office_id integer NOT NULL REFERENCES registry.offices (id),
  department_id integer NOT NULL,
  name_ko text NOT NULL,
  name_en text NOT NULL,
  PRIMARY KEY (office_id, department_id)
);

-- The charter in force: its public promises name the office and its targets.
CREATE TABLE facts.charters (
  office_id integer PRIMARY KEY REFERENCES registry.offices (id),
  preset_id text NOT NULL,
  office_ko text NOT NULL,
  office_en text NOT NULL,
  attend_target_ms integer,
  guide_target_ms integer,
  compensation_kind text NOT NULL,
  compensation_amount_won integer,
  applied_at bigint NOT NULL
);

-- The office purged its visit details through this day (what arrives after says no more of them).
CREATE TABLE facts.purges (
  office_id integer PRIMARY KEY REFERENCES registry.offices (id),
  through_day date NOT NULL
);

-- Days whose figures must be computed again: marked in the transaction that stores the facts.
CREATE TABLE figures.dirty_days (
  office_id integer NOT NULL REFERENCES registry.offices (id),
  business_day date NOT NULL,
  PRIMARY KEY (office_id, business_day)
);

CREATE TABLE figures.office_days (
  office_id integer NOT NULL REFERENCES registry.offices (id),
  business_day date NOT NULL,
  figures jsonb NOT NULL,
  -- Shares kept in columns of their own: "behind since" reads them across many days.
  attend_targeted integer NOT NULL,
  attend_within integer NOT NULL,
  guide_targeted integer NOT NULL,
  guide_within integer NOT NULL,
  PRIMARY KEY (office_id, business_day)
);

CREATE TABLE figures.office_months (
  office_id integer NOT NULL REFERENCES registry.offices (id),
  month date NOT NULL,
  figures jsonb NOT NULL,
  PRIMARY KEY (office_id, month)
);
`;
