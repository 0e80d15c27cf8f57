import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../open-database';
import { getCharter, getKioskLanguages, kioskLanguagesFrom, saveKioskLanguages } from '../settings';
import { migrations } from './index';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'minwon-migration-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('migration 0007 (kiosk languages)', () => {
  it('keeps the office’s settings and offers every language until the manager chooses', () => {
    const file = join(dir, 'office.db');
    const v6 = new Database(file);
    for (const m of migrations.slice(0, 6)) v6.exec(m);
    v6.pragma('user_version = 6');
    v6.exec(`INSERT INTO settings (id, preset_id, office_ko, office_en, attend_target_ms, guide_target_ms,
               warning_share, compensation_kind, compensation_amount_won, compensation_basis_ko, escort_policy,
               stand_in_required, complaint_reply_days, greeting_ko)
             VALUES (1, 'inje', '인제군', 'Inje County', 10000, NULL, 0.7, 'cultureVoucher', 5000, '헌장', 'disabledAndElderly',
               1, 7, '안녕하세요')`);
    v6.close();

    const db = openDatabase(file);
    expect(getCharter(db)).toMatchObject({ officeKo: '인제군', attendTargetMs: 10_000 });
    expect(getKioskLanguages(db)).toEqual(['ko', 'en', 'zh', 'vi']);
    expect(saveKioskLanguages(db, ['ko', 'zh'])).toBe(true);
    expect(getKioskLanguages(db)).toEqual(['ko', 'zh']);
    db.close();
  });
});

describe('the stored kiosk languages', () => {
  it('always start with Korean and keep only languages the screens know', () => {
    expect(kioskLanguagesFrom('en,ko,vi')).toEqual(['ko', 'en', 'vi']);
    expect(kioskLanguagesFrom('ja,,en,en')).toEqual(['ko', 'en']);
    expect(kioskLanguagesFrom('')).toEqual(['ko']);
  });
});
