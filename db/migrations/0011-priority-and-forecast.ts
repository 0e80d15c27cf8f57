// Frozen once shipped; see 0001. Priority visitors (사회적 배려), the breach forecast and the
// manager's month.
//
// - `tickets.priority_need` / `escort_requests.priority_need`: what the visitor asked priority
//   for at the kiosk (NULL: an ordinary ticket); the order they are called in follows the
//   department's rule (`departments.priority_rule`, and `ordinary_per_priority` for 'ratio').
// - `tickets_arrivals`: a department's calls of the day, which the priority rule counts;
//   `tickets_finished`: its latest finished visits, whose desk times the forecast goes by.
// - `daily_summaries`: a purged day keeps its priority visits and the waits of priority and
//   ordinary visitors apart. Every visit before this version was ordinary, so its ordinary waits
//   are its guide times (arrived − issued).
// - `breach_forecasts`: every warning the forecast gave, and every breach it failed to warn
//   of, with what happened; kept whole (no visitor detail), so its accuracy can be reported for
//   any period. `forecast_settings`: how far ahead to warn, and a waiting target of the office's
//   own for charters that set none.
// - `export_settings.staff_figures`: whether the manager's reports show figures per staff member.
export const migration0011 = `
ALTER TABLE tickets ADD COLUMN priority_need TEXT CHECK (priority_need IN ('elderly', 'disabled', 'pregnant'));
ALTER TABLE escort_requests ADD COLUMN priority_need TEXT
  CHECK (priority_need IN ('elderly', 'disabled', 'pregnant'));
CREATE INDEX tickets_arrivals ON tickets(department_id, business_day, arrived_at);
-- The forecast's desk time per visitor: a department's latest finished visits.
CREATE INDEX tickets_finished ON tickets(department_id, finished_at);

ALTER TABLE departments ADD COLUMN priority_rule TEXT NOT NULL DEFAULT 'first'
  CHECK (priority_rule IN ('first', 'ratio'));
ALTER TABLE departments ADD COLUMN ordinary_per_priority INTEGER NOT NULL DEFAULT 3
  CHECK (ordinary_per_priority BETWEEN 1 AND 20);

ALTER TABLE daily_summaries ADD COLUMN priority_visitors INTEGER NOT NULL DEFAULT 0;
ALTER TABLE daily_summaries ADD COLUMN priority_elderly INTEGER NOT NULL DEFAULT 0;
ALTER TABLE daily_summaries ADD COLUMN priority_disabled INTEGER NOT NULL DEFAULT 0;
ALTER TABLE daily_summaries ADD COLUMN priority_pregnant INTEGER NOT NULL DEFAULT 0;
ALTER TABLE daily_summaries ADD COLUMN priority_wait_ms TEXT NOT NULL DEFAULT '[]';
ALTER TABLE daily_summaries ADD COLUMN priority_wait_targeted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE daily_summaries ADD COLUMN priority_wait_within INTEGER NOT NULL DEFAULT 0;
ALTER TABLE daily_summaries ADD COLUMN ordinary_wait_ms TEXT NOT NULL DEFAULT '[]';
ALTER TABLE daily_summaries ADD COLUMN ordinary_wait_targeted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE daily_summaries ADD COLUMN ordinary_wait_within INTEGER NOT NULL DEFAULT 0;
UPDATE daily_summaries
SET ordinary_wait_ms = guide_ms, ordinary_wait_targeted = guide_targeted, ordinary_wait_within = guide_within;

CREATE TABLE breach_forecasts (
  id                  INTEGER PRIMARY KEY,
  department_id       INTEGER NOT NULL REFERENCES departments(id),
  business_day        TEXT    NOT NULL,
  -- 'guide': the charter's time-to-guide target; 'wait': the office's own waiting target.
  target_kind         TEXT    NOT NULL CHECK (target_kind IN ('guide', 'wait')),
  target_ms           INTEGER NOT NULL,
  made_at             INTEGER NOT NULL,
  -- When the warning first expected the breach (NULL for a breach nobody warned of).
  predicted_breach_at INTEGER,
  -- The forecast as it stands now, while the warning is open.
  expected_breach_at  INTEGER,
  waiting             INTEGER NOT NULL,
  desks_present       INTEGER NOT NULL,
  desks_needed        INTEGER NOT NULL,
  -- NULL while the warning is open.
  outcome             TEXT CHECK (outcome IN ('breached', 'averted', 'noBreach', 'unwarned')),
  closed_at           INTEGER,
  -- The first visitor's clock passing the target (for 'breached' and 'unwarned').
  breach_at           INTEGER,
  desks_at_close      INTEGER,
  -- A breach lasts while a visitor waits past the target; no new warning is given meanwhile.
  breach_ended_at     INTEGER
);
CREATE INDEX breach_forecasts_by_day ON breach_forecasts(business_day, department_id);

CREATE TABLE forecast_settings (
  id             INTEGER PRIMARY KEY CHECK (id = 1),
  horizon_ms     INTEGER NOT NULL CHECK (horizon_ms > 0),
  wait_target_ms INTEGER CHECK (wait_target_ms > 0)
);
INSERT INTO forecast_settings (id, horizon_ms, wait_target_ms) VALUES (1, 900000, NULL);

ALTER TABLE export_settings ADD COLUMN staff_figures INTEGER NOT NULL DEFAULT 0;
`;
