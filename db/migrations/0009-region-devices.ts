// Frozen once shipped; see 0001. A fourth kind of paired device: a region service that reads the
// office's event log feed and nothing else (issue 16). SQLite cannot change a CHECK in place, so
// both tables are rebuilt. The pairings are parked in a temp table first: with foreign keys on,
// dropping `devices` while a pairing still pointed at it would fail.
export const migration0009 = `
CREATE TABLE devices_0009 (
  id INTEGER PRIMARY KEY,
  role TEXT NOT NULL CHECK (role IN ('kiosk', 'display', 'staff', 'region')),
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  paired_at INTEGER NOT NULL,
  revoked_at INTEGER
);
INSERT INTO devices_0009 (id, role, name, token_hash, paired_at, revoked_at)
  SELECT id, role, name, token_hash, paired_at, revoked_at FROM devices;

CREATE TEMP TABLE device_pairings_0009 AS SELECT * FROM device_pairings;
DROP TABLE device_pairings;
DROP TABLE devices;
ALTER TABLE devices_0009 RENAME TO devices;

CREATE TABLE device_pairings (
  id INTEGER PRIMARY KEY,
  role TEXT NOT NULL CHECK (role IN ('kiosk', 'display', 'staff', 'region')),
  name TEXT NOT NULL,
  code_hash TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  -- Set once: when the code was used (with the device it made) or withdrawn.
  closed_at INTEGER,
  device_id INTEGER REFERENCES devices (id)
);
INSERT INTO device_pairings (id, role, name, code_hash, created_at, expires_at, closed_at, device_id)
  SELECT id, role, name, code_hash, created_at, expires_at, closed_at, device_id FROM temp.device_pairings_0009;
DROP TABLE temp.device_pairings_0009;
CREATE INDEX device_pairings_open ON device_pairings (code_hash) WHERE closed_at IS NULL;
`;
