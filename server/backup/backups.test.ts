import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFileName, dailyBackupDue, listBackups } from './backups';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'minwon-backups-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const seoul = (local: string) => Date.parse(`${local}+09:00`);

describe('backup files', () => {
  it('are named by Seoul date and time, so names sort by age', () => {
    expect(backupFileName(seoul('2026-11-23T00:05:09'))).toBe('office-20261123-000509.db');
  });

  it('are listed newest first, ignoring other files', () => {
    for (const name of ['office-20261121-180000.db', 'office-20261123-090000.db', 'notes.txt']) {
      writeFileSync(join(dir, name), 'x');
    }
    expect(listBackups(dir).map((b) => b.name)).toEqual([
      'office-20261123-090000.db',
      'office-20261121-180000.db',
    ]);
    expect(listBackups(join(dir, 'missing'))).toEqual([]);
  });

  it('make the daily backup due once per Seoul business day', () => {
    writeFileSync(join(dir, 'office-20261123-090000.db'), 'x');
    expect(dailyBackupDue(dir, seoul('2026-11-23T23:59:00'))).toBe(false);
    expect(dailyBackupDue(dir, seoul('2026-11-24T00:00:00'))).toBe(true);
  });
});
