import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendEvent, countEvents, eventsAfter, lastSeq } from './events';
import { migrations } from './migrations/index';
import { NewerDatabaseError, openDatabase, schemaVersion } from './open-database';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'minwon-db-'));
  file = join(dir, 'office.db');
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('openDatabase', () => {
  it('creates the schema at the latest version, in WAL with full sync', () => {
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(migrations.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('opens its own database again without migrating twice', () => {
    openDatabase(file).close();
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(migrations.length);
    db.close();
  });

  it('refuses a database written by a newer version and leaves it untouched', () => {
    const raw = new Database(file);
    raw.pragma(`user_version = ${migrations.length + 1}`);
    raw.exec('CREATE TABLE from_the_future (x)');
    raw.close();
    expect(() => openDatabase(file)).toThrow(NewerDatabaseError);
    expect(() => openDatabase(file)).toThrow(/newer version of the app/);
    const after = new Database(file);
    expect(after.pragma('user_version', { simple: true })).toBe(migrations.length + 1);
    expect(after.prepare("SELECT name FROM sqlite_master WHERE name = 'tickets'").get()).toBeUndefined();
    after.close();
  });
});

describe('the event log', () => {
  it('numbers events with a monotonic seq and reads them back in order', () => {
    const db = openDatabase(file);
    const charter = { presetId: 'inje' } as never;
    const a = appendEvent(db, { type: 'charterApplied', charter }, 1000);
    const b = appendEvent(db, { type: 'charterApplied', charter }, 2000);
    expect([a.seq, b.seq]).toEqual([1, 2]);
    expect(lastSeq(db)).toBe(2);
    expect(eventsAfter(db, 1, 10)).toEqual([{ type: 'charterApplied', charter, seq: 2, at: 2000 }]);
    db.close();
  });

  it('cannot be edited or deleted, even with direct SQL', () => {
    const db = openDatabase(file);
    appendEvent(db, { type: 'charterApplied', charter: { presetId: 'inje' } as never }, 1000);
    expect(() => db.prepare("UPDATE events SET type = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM events').run()).toThrow(/append-only/);
    expect(countEvents(db)).toBe(1);
    db.close();
  });
});
