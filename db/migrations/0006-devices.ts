// Frozen once shipped; see 0001. Paired devices on the office LAN (kiosks, displays, staff PCs)
// and the short-lived pairing codes a manager hands out. Only hashes of codes and tokens are
// stored, so a copied database file pairs nothing.
export const migration0006 = `
CREATE TABLE devices (
  id INTEGER PRIMARY KEY,
  role TEXT NOT NULL CHECK (role IN ('kiosk', 'display', 'staff')),
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  paired_at INTEGER NOT NULL,
  revoked_at INTEGER
);

CREATE TABLE device_pairings (
  id INTEGER PRIMARY KEY,
  role TEXT NOT NULL CHECK (role IN ('kiosk', 'display', 'staff')),
  name TEXT NOT NULL,
  code_hash TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  -- Set once: when the code was used (with the device it made) or withdrawn.
  closed_at INTEGER,
  device_id INTEGER REFERENCES devices (id)
);
CREATE INDEX device_pairings_open ON device_pairings (code_hash) WHERE closed_at IS NULL;
`;
