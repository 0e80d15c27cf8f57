import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { charterPresets } from '../shared/charter/presets';
import { getDepartment, insertDepartment, setDepartmentAccepting, updateDepartment } from './departments';
import { deleteHoliday, getOfficeHours, replaceWeek, saveHoliday } from './office-hours';
import { openDatabase, type Db } from './open-database';
import { enableReadCache, settleReadCache } from './read-cache';
import { findDeviceByToken, insertDevice, revokeDeviceRow } from './devices';
import { endSession, endSessionsOfStaff, findActiveSession, insertSession } from './sessions';
import { getCharter, saveCharter } from './settings';
import { getStaff, insertStaff } from './staff';

let dir: string;
let db: Db;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'minwon-reference-'));
  db = openDatabase(join(dir, 'office.db'));
  saveCharter(db, charterPresets.inje);
  insertDepartment(db, {
    nameZh: '',
    nameVi: '',
    floorEn: '',
    floorZh: '',
    floorVi: '',
    locationZh: '',
    locationVi: '',
    prefix: 'A',
    nameKo: '종합민원실',
    nameEn: 'Civil Affairs',
    floor: '1층',
    locationKo: '',
    locationEn: '',
    phone: '',
  });
  replaceWeek(db, [{ weekday: 1, opensMinute: 540, closesMinute: 1080 }]);
  enableReadCache(db);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Reads everything once, so what follows is answered from the cache if it is kept. */
function warm(): void {
  getCharter(db);
  getOfficeHours(db);
  getDepartment(db, 1);
}

/** A transaction that changes `change` and is then rolled back; returns what was read inside it. */
function rolledBack<T>(change: () => void, read: () => T): T {
  let inside: T | undefined;
  expect(() =>
    db.transaction(() => {
      change();
      inside = read();
      throw new Error('undo');
    })(),
  ).toThrow('undo');
  settleReadCache(db);
  return inside!;
}

describe('the reference data a connection keeps in memory', () => {
  it('follows every change made through the db functions', () => {
    warm();
    saveCharter(db, charterPresets.mokpo);
    expect(getCharter(db)).toEqual(charterPresets.mokpo);
    setDepartmentAccepting(db, 1, false);
    expect(getDepartment(db, 1)).toMatchObject({ accepting: false });
    updateDepartment(db, { ...getDepartment(db, 1)!, prefix: 'B' });
    expect(getDepartment(db, 1)).toMatchObject({ prefix: 'B', accepting: false });
    replaceWeek(db, []);
    saveHoliday(db, { day: '2026-11-23', nameKo: '개청 기념일' });
    expect(getOfficeHours(db)).toEqual({ week: [], holidays: ['2026-11-23'] });
    deleteHoliday(db, '2026-11-23');
    expect(getOfficeHours(db)).toEqual({ week: [], holidays: [] });
  });

  it('follows a change made with SQL of its own, whichever the statement', () => {
    warm();
    db.exec('UPDATE settings SET attend_target_ms = 3000');
    expect(getCharter(db)?.attendTargetMs).toBe(3000);
    db.exec('DELETE FROM office_hours');
    expect(getOfficeHours(db).week).toEqual([]);
    db.exec(`INSERT INTO departments (id, prefix, name_ko, name_en, floor, location_ko, location_en, phone)
             VALUES (7, 'G', '보건소', 'Public Health', '1층', '', '', '')`);
    expect(getDepartment(db, 7)).toMatchObject({ prefix: 'G', accepting: true });
  });

  it('never keeps what a rolled-back transaction changed', () => {
    warm();
    const inside = rolledBack(
      () => {
        saveCharter(db, charterPresets.mokpo);
        setDepartmentAccepting(db, 1, false);
        saveHoliday(db, { day: '2026-11-23', nameKo: '개청 기념일' });
      },
      () => {
        // Read twice inside: the second read must not be served from anything the first kept.
        getCharter(db);
        return { charter: getCharter(db), department: getDepartment(db, 1), hours: getOfficeHours(db) };
      },
    );
    expect(inside).toMatchObject({
      charter: { presetId: 'mokpo' },
      department: { accepting: false },
      hours: { holidays: ['2026-11-23'] },
    });
    expect(getCharter(db)).toEqual(charterPresets.inje);
    expect(getDepartment(db, 1)).toMatchObject({ accepting: true });
    expect(getOfficeHours(db).holidays).toEqual([]);
    // Also inside the next transaction, before anything outside one has read it.
    const next = db.transaction(() => [getCharter(db)?.presetId, getDepartment(db, 1)?.accepting])();
    expect(next).toEqual(['inje', true]);
  });

  it('keeps nothing read inside a transaction that changed it, even when that one commits', () => {
    warm();
    db.transaction(() => {
      setDepartmentAccepting(db, 1, false);
      expect(getDepartment(db, 1)?.accepting).toBe(false);
    })();
    expect(getDepartment(db, 1)?.accepting).toBe(false);
    settleReadCache(db);
    expect(getDepartment(db, 1)?.accepting).toBe(false);
  });

  it('hands out frozen values, which no caller can change for the others', () => {
    warm();
    const charter = getCharter(db)!;
    expect(() => {
      (charter as { attendTargetMs: number | null }).attendTargetMs = 1;
    }).toThrow(TypeError);
    expect(() => (getOfficeHours(db).week as unknown[]).push({})).toThrow(TypeError);
    expect(Object.isFrozen(getDepartment(db, 1))).toBe(true);
    expect(getCharter(db)).toEqual(charterPresets.inje);
  });

  it('answers an unknown department with null, and a department made later once it exists', () => {
    warm();
    expect(getDepartment(db, 2)).toBeNull();
    insertDepartment(db, {
      nameZh: '',
      nameVi: '',
      floorEn: '',
      floorZh: '',
      floorVi: '',
      locationZh: '',
      locationVi: '',
      prefix: 'B',
      nameKo: '세무회계과',
      nameEn: 'Tax',
      floor: '2층',
      locationKo: '',
      locationEn: '',
      phone: '',
    });
    expect(getDepartment(db, 2)).toMatchObject({ prefix: 'B' });
  });
});

describe('the sessions, devices and staff a connection keeps in memory', () => {
  const HOUR = 3_600_000;
  let staffId: number;
  beforeEach(() => {
    staffId = insertStaff(
      db,
      { login: 'desk.kim', name: '김민지', role: 'desk', departmentId: null, otherDepartments: true },
      'hash',
    ).id;
    insertSession(db, 'session-a', { staffId, deskId: null, startedAt: 0, expiresAt: 8 * HOUR });
    insertSession(db, 'session-b', { staffId, deskId: null, startedAt: 0, expiresAt: 8 * HOUR });
    insertDevice(db, { role: 'display', name: '대기실 화면', tokenHash: 'device-a', pairedAt: 0 });
  });

  it('ends a session signed out, or ended with every session of its staff, or expired', () => {
    expect(findActiveSession(db, 'session-a', HOUR)).toMatchObject({ staffId });
    expect(findActiveSession(db, 'session-b', HOUR)).toMatchObject({ staffId });
    endSession(db, 'session-a', 2 * HOUR);
    expect(findActiveSession(db, 'session-a', 2 * HOUR)).toBeNull();
    expect(findActiveSession(db, 'session-b', 2 * HOUR)).toMatchObject({ staffId });
    expect(findActiveSession(db, 'session-b', 8 * HOUR)).toBeNull();
    endSessionsOfStaff(db, staffId, 3 * HOUR);
    expect(findActiveSession(db, 'session-b', 3 * HOUR)).toBeNull();
  });

  it('finds a session or device made after a lookup found nothing', () => {
    expect(findActiveSession(db, 'session-c', HOUR)).toBeNull();
    expect(findDeviceByToken(db, 'device-b')).toBeNull();
    insertSession(db, 'session-c', { staffId, deskId: null, startedAt: HOUR, expiresAt: 9 * HOUR });
    insertDevice(db, { role: 'kiosk', name: '키오스크', tokenHash: 'device-b', pairedAt: HOUR });
    expect(findActiveSession(db, 'session-c', HOUR)).toMatchObject({ expiresAt: 9 * HOUR });
    expect(findDeviceByToken(db, 'device-b')).toMatchObject({ role: 'kiosk' });
  });

  it('refuses a device as soon as it is revoked, and follows a change of staff', () => {
    const device = findDeviceByToken(db, 'device-a')!;
    expect(getStaff(db, staffId)).toMatchObject({ name: '김민지' });
    revokeDeviceRow(db, device.id, HOUR);
    expect(findDeviceByToken(db, 'device-a')).toBeNull();
    db.prepare("UPDATE staff SET name = '김민수' WHERE id = ?").run(staffId);
    expect(getStaff(db, staffId)).toMatchObject({ name: '김민수' });
  });

  it('follows an edit of the database file by another connection, as an operator’s tool makes it', async () => {
    expect(findActiveSession(db, 'session-a', HOUR)).toMatchObject({ staffId });
    expect(findDeviceByToken(db, 'device-a')).toMatchObject({ role: 'display' });
    expect(getCharter(db)).toMatchObject({ presetId: 'inje' });
    // A request is a task of the event loop of its own: the edit lands between two of them.
    const nextTask = () => new Promise((resolve) => setImmediate(resolve));
    const other = new Database(join(dir, 'office.db'));
    try {
      other.prepare('UPDATE staff_sessions SET ended_at = ? WHERE token_hash = ?').run(HOUR, 'session-a');
      await nextTask();
      expect(findActiveSession(db, 'session-a', 2 * HOUR)).toBeNull();
      other.prepare('UPDATE devices SET revoked_at = ? WHERE token_hash = ?').run(HOUR, 'device-a');
      await nextTask();
      expect(findDeviceByToken(db, 'device-a')).toBeNull();
      other.prepare("UPDATE staff SET name = '김민수' WHERE id = ?").run(staffId);
      await nextTask();
      expect(getStaff(db, staffId)).toMatchObject({ name: '김민수' });
    } finally {
      other.close();
    }
    expect(findActiveSession(db, 'session-b', 2 * HOUR)).toMatchObject({ staffId });
  });
});
