// Frozen once shipped; see 0001. The compensation ledger's decisions and payments, and the
// office's choice whether exports name staff.
export const migration0004 = `
ALTER TABLE compensations ADD COLUMN decided_at INTEGER;
ALTER TABLE compensations ADD COLUMN decided_by INTEGER REFERENCES staff(id);
ALTER TABLE compensations ADD COLUMN decision_note TEXT;
ALTER TABLE compensations ADD COLUMN paid_at INTEGER;
ALTER TABLE compensations ADD COLUMN paid_by INTEGER REFERENCES staff(id);
ALTER TABLE compensations ADD COLUMN payment_reference TEXT;
CREATE INDEX compensations_by_created ON compensations(created_at);

CREATE TABLE export_settings (
  id                 INTEGER PRIMARY KEY CHECK (id = 1),
  include_staff_names INTEGER NOT NULL DEFAULT 0
);
INSERT INTO export_settings (id, include_staff_names) VALUES (1, 0);
`;
