import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { departmentText, taskText } from '../../shared/office/office-texts';
import { listDepartmentsWithQueue } from '../departments';
import { openDatabase } from '../open-database';
import { migrations } from './index';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'minwon-migration-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('migration 0012 (office data per kiosk language)', () => {
  it('keeps the departments and tasks, with every new language not given yet', () => {
    const file = join(dir, 'office.db');
    const v8 = new Database(file);
    for (const m of migrations.slice(0, 8)) v8.exec(m);
    v8.pragma('user_version = 8');
    v8.exec(`INSERT INTO departments (id, prefix, name_ko, name_en, floor, location_ko, location_en, phone)
             VALUES (1, 'A', '종합민원실', 'Civil Affairs Office', '1층', '본관 1층', 'Main building', '033')`);
    v8.exec(`INSERT INTO tasks (id, department_id, name_ko, name_en, keywords)
             VALUES (5, 1, '여권 발급', 'Passport', '여권 해외')`);
    v8.close();

    const db = openDatabase(file);
    const [department] = listDepartmentsWithQueue(db, '2026-11-23');
    expect(department).toMatchObject({
      nameKo: '종합민원실',
      nameZh: '',
      nameVi: '',
      floor: '1층',
      floorEn: '',
      locationZh: '',
    });
    expect(department!.tasks).toEqual([
      expect.objectContaining({ nameKo: '여권 발급', nameZh: '', keywords: '여권 해외', keywordsVi: '' }),
    ]);
    // A Chinese visitor reads English until the office translates, then Korean where English is missing too.
    expect(departmentText(department!, 'name', 'zh')).toBe('Civil Affairs Office');
    expect(departmentText(department!, 'floor', 'zh')).toBe('1층');
    expect(taskText(department!.tasks[0]!, 'name', 'vi')).toBe('Passport');
    db.close();
  });
});
