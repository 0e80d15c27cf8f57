import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GENESIS_HASH, eventHash, hashBefore, verifyEventChain } from './event-chain';
import { appendEvent } from './events';
import { openDatabase, type Db } from './open-database';

let dir: string;
let db: Db;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'minwon-chain-'));
  db = openDatabase(join(dir, 'office.db'));
  for (let i = 1; i <= 5; i++) appendEvent(db, { type: 'deskReturned', deskId: i }, i * 1000);
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** What someone with the file in hand could do: lift the append-only guard and edit. */
function tamper(sql: string): void {
  db.exec('DROP TRIGGER events_are_append_only_update; DROP TRIGGER events_are_append_only_delete;');
  db.exec(sql);
}

describe('the event hash chain', () => {
  it('links every event to the one before it', () => {
    const first = db.prepare('SELECT * FROM events WHERE seq = 1').get() as { payload: string; hash: string };
    expect(first.hash).toBe(eventHash(GENESIS_HASH, 1, 'deskReturned', 1000, first.payload));
    expect(verifyEventChain(db)).toMatchObject({ ok: true, events: 5, lastSeq: 5 });
  });

  it('finds the first edited event', () => {
    tamper(`UPDATE events SET payload = '{"type":"deskReturned","deskId":99}' WHERE seq = 3`);
    expect(verifyEventChain(db)).toEqual({
      ok: false,
      events: 2,
      brokenAt: 3,
      reason: 'event 3 does not match its hash',
    });
  });

  it('finds a removed event, and one whose time was changed', () => {
    tamper('DELETE FROM events WHERE seq = 4');
    expect(verifyEventChain(db)).toMatchObject({ ok: false, brokenAt: 4, reason: 'event 4 is missing' });
    db.exec('UPDATE events SET at = 1 WHERE seq = 2');
    expect(verifyEventChain(db)).toMatchObject({ ok: false, brokenAt: 2 });
  });

  it('gives the last hash before a moment, for a report to quote', () => {
    const third = db.prepare('SELECT hash FROM events WHERE seq = 3').get() as { hash: string };
    expect(hashBefore(db, 3500)).toEqual({ seq: 3, hash: third.hash });
    expect(hashBefore(db, 0)).toEqual({ seq: 0, hash: GENESIS_HASH });
  });
});
