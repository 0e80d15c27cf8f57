import type { Device, DeviceRole, Pairing } from '../shared/contract/devices';
import type { Db } from './open-database';
import { prepared } from './prepared';
import { cachedRead } from './read-cache';

type DeviceRow = { id: number; role: DeviceRole; name: string; paired_at: number; revoked_at: number | null };

const toDevice = (row: DeviceRow): Device => ({
  id: row.id,
  role: row.role,
  name: row.name,
  pairedAt: row.paired_at,
  revokedAt: row.revoked_at,
});

export function insertPairing(
  db: Db,
  p: { role: DeviceRole; name: string; codeHash: string; createdAt: number; expiresAt: number },
): Pairing {
  const result = prepared(
    db,
    'INSERT INTO device_pairings (role, name, code_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
  ).run(p.role, p.name, p.codeHash, p.createdAt, p.expiresAt);
  return {
    id: Number(result.lastInsertRowid),
    role: p.role,
    name: p.name,
    createdAt: p.createdAt,
    expiresAt: p.expiresAt,
  };
}

type PairingRow = { id: number; role: DeviceRole; name: string; created_at: number; expires_at: number };
const toPairing = (row: PairingRow): Pairing => ({
  id: row.id,
  role: row.role,
  name: row.name,
  createdAt: row.created_at,
  expiresAt: row.expires_at,
});

/** A code that is neither used, withdrawn nor expired. */
export function findOpenPairing(db: Db, codeHash: string, now: number): Pairing | null {
  const row = prepared<[string, number], PairingRow>(
    db,
    `SELECT id, role, name, created_at, expires_at FROM device_pairings
     WHERE code_hash = ? AND closed_at IS NULL AND expires_at > ?`,
  ).get(codeHash, now);
  return row ? toPairing(row) : null;
}

export function listOpenPairings(db: Db, now: number): Pairing[] {
  return prepared<[number], PairingRow>(
    db,
    `SELECT id, role, name, created_at, expires_at FROM device_pairings
     WHERE closed_at IS NULL AND expires_at > ? ORDER BY id`,
  )
    .all(now)
    .map(toPairing);
}

export function closePairing(db: Db, pairingId: number, now: number, deviceId: number | null): void {
  prepared(db, 'UPDATE device_pairings SET closed_at = ?, device_id = ? WHERE id = ?').run(
    now,
    deviceId,
    pairingId,
  );
}

/** Withdraws every open code at once: what happens when someone guesses too often. */
export function closeOpenPairings(db: Db, now: number): number {
  return prepared(
    db,
    'UPDATE device_pairings SET closed_at = ? WHERE closed_at IS NULL AND expires_at > ?',
  ).run(now, now).changes;
}

export function insertDevice(
  db: Db,
  d: { role: DeviceRole; name: string; tokenHash: string; pairedAt: number },
): Device {
  const result = prepared(
    db,
    'INSERT INTO devices (role, name, token_hash, paired_at) VALUES (?, ?, ?, ?)',
  ).run(d.role, d.name, d.tokenHash, d.pairedAt);
  return {
    id: Number(result.lastInsertRowid),
    role: d.role,
    name: d.name,
    pairedAt: d.pairedAt,
    revokedAt: null,
  };
}

/** The device a token belongs to, unless it was revoked. */
export function findDeviceByToken(db: Db, tokenHash: string): Device | null {
  // Every request and every event streamed asks this; see read-cache.ts.
  return cachedRead(
    db,
    `device:${tokenHash}`,
    ['devices'],
    () => {
      const row = prepared<[string], DeviceRow>(
        db,
        'SELECT id, role, name, paired_at, revoked_at FROM devices WHERE token_hash = ? AND revoked_at IS NULL',
      ).get(tokenHash);
      return row ? toDevice(row) : null;
    },
    (found) => found !== null,
  );
}

export function getDevice(db: Db, deviceId: number): Device | null {
  const row = prepared<[number], DeviceRow>(
    db,
    'SELECT id, role, name, paired_at, revoked_at FROM devices WHERE id = ?',
  ).get(deviceId);
  return row ? toDevice(row) : null;
}

export function revokeDeviceRow(db: Db, deviceId: number, now: number): void {
  prepared(db, 'UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(now, deviceId);
}

export function listDevices(db: Db): Device[] {
  return prepared<[], DeviceRow>(db, 'SELECT id, role, name, paired_at, revoked_at FROM devices ORDER BY id')
    .all()
    .map(toDevice);
}
