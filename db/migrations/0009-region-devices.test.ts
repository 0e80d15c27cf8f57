import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findDeviceByToken, insertDevice, listDevices } from '../devices';
import { openDatabase } from '../open-database';
import { migrations } from './index';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'minwon-migration-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('migration 0009 (region devices)', () => {
  it('keeps every paired device and pairing, and lets a region be paired', () => {
    const file = join(dir, 'office.db');
    const v8 = new Database(file);
    v8.pragma('foreign_keys = ON');
    for (const m of migrations.slice(0, 8)) v8.exec(m);
    v8.pragma('user_version = 8');
    v8.exec(`INSERT INTO devices (id, role, name, token_hash, paired_at, revoked_at) VALUES
               (1, 'kiosk', '1층 키오스크', 'hash-1', 1000, NULL),
               (2, 'display', '대기실 화면', 'hash-2', 2000, 5000)`);
    v8.exec(`INSERT INTO device_pairings (id, role, name, code_hash, created_at, expires_at, closed_at, device_id)
             VALUES (7, 'kiosk', '1층 키오스크', 'code-1', 900, 1500, 1000, 1),
                    (8, 'staff', '민원팀 PC', 'code-2', 3000, 3600, NULL, NULL)`);
    v8.close();

    const db = openDatabase(file);
    expect(listDevices(db)).toEqual([
      { id: 1, role: 'kiosk', name: '1층 키오스크', pairedAt: 1000, revokedAt: null },
      { id: 2, role: 'display', name: '대기실 화면', pairedAt: 2000, revokedAt: 5000 },
    ]);
    expect(db.prepare('SELECT id, device_id, closed_at FROM device_pairings ORDER BY id').all()).toEqual([
      { id: 7, device_id: 1, closed_at: 1000 },
      { id: 8, device_id: null, closed_at: null },
    ]);
    insertDevice(db, { role: 'region', name: '인제군 지역 집계', tokenHash: 'hash-3', pairedAt: 6000 });
    expect(findDeviceByToken(db, 'hash-3')).toMatchObject({ role: 'region' });
    expect(() =>
      db
        .prepare("INSERT INTO devices (role, name, token_hash, paired_at) VALUES ('printer', 'x', 'h', 1)")
        .run(),
    ).toThrow(/CHECK/);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
