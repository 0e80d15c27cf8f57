import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listDaySummaries } from '../daily-summaries';
import { openDatabase } from '../open-database';
import { getCharter } from '../settings';
import { migrations, migrationSteps } from './index';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'minwon-migration-'));
  file = join(dir, 'office.db');
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A version-8 office on the 목포시 charter with an edited complaint deadline and a purged day. */
function seedVersion8(presetId: string, complaintDays: number): void {
  const v8 = new Database(file);
  migrations.slice(0, 8).forEach((sql, i) => {
    v8.exec(sql);
    migrationSteps.get(i + 1)?.(v8);
  });
  v8.pragma('user_version = 8');
  v8.exec(`INSERT INTO settings (id, preset_id, office_ko, office_en, attend_target_ms, guide_target_ms,
             warning_share, compensation_kind, compensation_amount_won, compensation_basis_ko, escort_policy,
             stand_in_required, complaint_reply_days, greeting_ko)
           VALUES (1, '${presetId}', '우리시', 'Our City', 5000, 120000, 0.7, 'travelCost', NULL, '여비규정',
             'guideOnDuty', 0, ${complaintDays}, '어서 오십시오')`);
  v8.exec(`INSERT INTO departments (id, prefix, name_ko, name_en, floor, location_ko, location_en, phone)
           VALUES (1, 'A', '종합민원실', 'Civil Affairs', '1층', '', '', '')`);
  v8.exec(`INSERT INTO daily_summaries (business_day, department_id, desk_id, visitors, served, no_shows,
             transferred, escorts, repeat_visits, compensations, compensation_won, attend_ms, attend_targeted,
             attend_within, guide_ms, guide_targeted, guide_within, hours)
           VALUES ('2026-01-05', 1, NULL, 3, 3, 0, 0, 0, 0, 0, 0, '[1000]', 1, 1, '[]', 0, 0, '[]')`);
  v8.close();
}

describe('migration 0010 (cases and ratings)', () => {
  it('gives an office’s charter its preset’s case deadlines, keeping an edited complaint deadline', () => {
    seedVersion8('mokpo', 5);
    const db = openDatabase(file);
    expect(getCharter(db)).toMatchObject({
      complaintReplyDays: 5,
      dissatisfactionReplyDays: 5,
      unkindnessReplyDays: 1,
      suggestionReplyDays: 5,
      unkindnessActionThreshold: 3,
      unkindnessWindowDays: 365,
    });
    // Days summarized before ratings existed count none.
    expect(listDaySummaries(db, '2026-01-01', '2026-01-31')[0]!.ratings).toEqual([0, 0, 0, 0, 0]);
    db.close();
  });

  it('leaves 중소벤처기업부 suggestions without a deadline and 기정원’s at 14 days', () => {
    seedVersion8('mss', 3);
    let db = openDatabase(file);
    expect(getCharter(db)).toMatchObject({ suggestionReplyDays: null, unkindnessActionThreshold: null });
    db.close();
    rmSync(file);
    seedVersion8('tipa', 7);
    db = openDatabase(file);
    expect(getCharter(db)).toMatchObject({ dissatisfactionReplyDays: 7, suggestionReplyDays: 14 });
    db.close();
  });
});
