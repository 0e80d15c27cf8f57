import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type Db } from './open-database';
import { startWalCheckpointer } from './wal-checkpointer';

let dir: string;
let file: string;
let db: Db;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'minwon-checkpoint-'));
  file = join(dir, 'office.db');
  db = openDatabase(file);
  db.exec('CREATE TABLE notes (text TEXT)');
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('checkpoints on a thread of their own', () => {
  it('copy what the hub commits into the database file while the hub never checkpoints', async () => {
    const checkpointer = startWalCheckpointer(db, file, { intervalMs: 5 });
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(10_000);
    const insert = db.prepare('INSERT INTO notes (text) VALUES (?)');
    for (let i = 0; i < 200; i++) insert.run('x'.repeat(1000));
    // 200 kB of rows reach the database file only through a checkpoint.
    await vi.waitFor(() => expect(statSync(file).size).toBeGreaterThan(200_000), { timeout: 20_000 });
    await checkpointer.close();
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1_000);
    expect(db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(200);
  });

  it('leave the checkpoints to the hub as before when the thread cannot open the database', async () => {
    const errors: unknown[] = [];
    startWalCheckpointer(db, join(dir, 'missing.db'), { onError: (error) => errors.push(error) });
    await vi.waitFor(() => expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1_000), {
      timeout: 20_000,
    });
    expect(errors).toHaveLength(1);
  });
});
