import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { charterPresets } from '../shared/charter/presets';
import { getDepartment, insertDepartment, setDepartmentAccepting, updateDepartment } from './departments';
import { deleteHoliday, getOfficeHours, replaceWeek, saveHoliday } from './office-hours';
import { openDatabase, type Db } from './open-database';
import { cacheReferenceData, settleReferenceCache } from './reference-cache';
import { getCharter, saveCharter } from './settings';

let dir: string;
let db: Db;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'minwon-reference-'));
  db = openDatabase(join(dir, 'office.db'));
  saveCharter(db, charterPresets.inje);
  insertDepartment(db, {
    prefix: 'A',
    nameKo: '종합민원실',
    nameEn: 'Civil Affairs',
    floor: '1층',
    locationKo: '',
    locationEn: '',
    phone: '',
  });
  replaceWeek(db, [{ weekday: 1, opensMinute: 540, closesMinute: 1080 }]);
  cacheReferenceData(db);
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
  settleReferenceCache(db);
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
    settleReferenceCache(db);
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
