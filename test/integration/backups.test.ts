import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupFile } from '../../server/backup/backups';
import { startTestHub, type TestHub } from '../support/test-hub';

let t: TestHub;
beforeEach(async () => {
  t = await startTestHub();
});
afterEach(async () => {
  await t.dispose();
});

function dump(file: string): unknown {
  const db = new Database(file, { readonly: true });
  try {
    return ['events', 'tickets', 'departments', 'desks', 'staff', 'settings'].map((table) =>
      db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all(),
    );
  } finally {
    db.close();
  }
}

describe('backups', () => {
  it('makes an online backup on demand that equals the live database', async () => {
    await t.post('issueTicket', { departmentId: 1 }, null);
    await t.post('callNext', { deskId: 1 });
    const response = await fetch(`${t.url}/api/v1/backups`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.managerToken}` },
    });
    const { backup } = (await response.json()) as { backup: BackupFile };
    const file = join(t.dataDir, 'backups', backup.name);
    expect(existsSync(file)).toBe(true);
    expect(dump(file)).toEqual(dump(t.dbFile));
  });

  it('makes the day’s backup when the hub starts, and lists it for managers only', async () => {
    const list = async (token: string | null) => t.get('/api/v1/backups', token);
    await expect
      .poll(async () => ((await list(t.managerToken)).json as { backups: BackupFile[] }).backups.length)
      .toBe(1);
    expect((await list(null)).status).toBe(401);
  });
});
