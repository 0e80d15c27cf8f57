import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GENESIS_HASH, eventHash, hashBefore, payloadDigest, verifyEventChain } from './event-chain';
import { appendEvent, eventsAfter } from './events';
import type { EscortRequest } from '../shared/contract/views';
import { openDatabase, type Db } from './open-database';
import { recordPurgedThrough } from './retention';

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

const escort: EscortRequest = {
  id: 1,
  kind: 'escort',
  reason: 'elderly',
  ticketId: null,
  language: 'ko',
  status: 'requested',
  requestedAt: 6000,
  acceptedAt: null,
  deliveredAt: null,
  guideStaffId: null,
  businessDay: '1970-01-01',
  priorityNeed: null,
};

/** What someone with the file in hand could do: lift the append-only guard and edit. */
function tamper(sql: string): void {
  db.exec('DROP TRIGGER events_are_append_only_update; DROP TRIGGER events_are_append_only_delete;');
  db.exec(sql);
}

describe('the event hash chain', () => {
  it('hashes with SHA-256 as written in hex, so anyone can check a link by hand', () => {
    expect(payloadDigest('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const link = createHash('sha256').update(
      `${GENESIS_HASH}\n1\ndeskReturned\n1000\n${payloadDigest('{}')}`,
    );
    expect(eventHash(GENESIS_HASH, 1, 'deskReturned', 1000, payloadDigest('{}'))).toBe(link.digest('hex'));
  });

  it('links every event to the one before it', () => {
    const first = db.prepare('SELECT * FROM events WHERE seq = 1').get() as {
      payload: string;
      payload_digest: string;
      hash: string;
    };
    expect(first.payload_digest).toBe(payloadDigest(first.payload));
    expect(first.hash).toBe(eventHash(GENESIS_HASH, 1, 'deskReturned', 1000, first.payload_digest));
    expect(verifyEventChain(db)).toMatchObject({ ok: true, events: 5, redacted: 0, lastSeq: 5 });
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

  it('finds an edited payload even when its digest was edited to match', () => {
    const edited = '{"type":"deskReturned","deskId":99}';
    tamper(
      `UPDATE events SET payload = '${edited}', payload_digest = '${payloadDigest(edited)}' WHERE seq = 4`,
    );
    expect(verifyEventChain(db)).toMatchObject({ ok: false, brokenAt: 4 });
  });

  it('holds when a purge removes payloads, which the stream then leaves out', () => {
    appendEvent(db, { type: 'escortRequested', request: escort }, 6000);
    appendEvent(db, { type: 'escortDelivered', request: escort }, 7000);
    // As the purge does it: the day it passed, the visit events of that day, then its own event.
    recordPurgedThrough(db, '1970-01-01');
    db.exec('UPDATE events SET payload = NULL WHERE seq IN (6, 7)');
    appendEvent(db, { type: 'visitDetailsPurged', throughDay: '1970-01-01', visits: 1, events: 2 }, 8000);
    expect(verifyEventChain(db)).toMatchObject({ ok: true, events: 8, redacted: 2, lastSeq: 8 });
    expect(eventsAfter(db, 0, 10).map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 8]);
  });

  it('finds a payload removed where no purge removes one', () => {
    appendEvent(db, { type: 'escortRequested', request: escort }, 6000);
    appendEvent(db, { type: 'visitDetailsPurged', throughDay: '1970-01-01', visits: 1, events: 1 }, 7000);
    appendEvent(db, { type: 'escortDelivered', request: escort }, 8000);
    // Not a visit event: a purge never removes it (and the table refuses to, 0015).
    tamper('UPDATE events SET payload = NULL WHERE seq = 2');
    expect(verifyEventChain(db)).toMatchObject({
      ok: false,
      brokenAt: 2,
      reason: 'event 2 (deskReturned) lost its payload, and no retention purge removed it',
    });
    db.exec('UPDATE events SET payload = NULL WHERE seq IN (6, 8)');
    db.prepare('UPDATE events SET payload = ? WHERE seq = 2').run('{"type":"deskReturned","deskId":2}');
    // A visit event after the last purge: today's, which no purge has reached.
    expect(verifyEventChain(db)).toMatchObject({ ok: false, brokenAt: 8 });
  });

  it('still finds an edit next to a redacted event, at the right seq', () => {
    tamper('UPDATE events SET payload = NULL WHERE seq = 2');
    db.exec('UPDATE events SET at = 2001 WHERE seq = 2');
    expect(verifyEventChain(db)).toMatchObject({ ok: false, brokenAt: 2 });
  });

  it('refuses every change but removing a visit payload of a purged day, and every delete', () => {
    appendEvent(db, { type: 'escortRequested', request: escort }, 6000);
    // 1970-01-02 09:00 in Seoul: the next business day.
    appendEvent(db, { type: 'escortDelivered', request: escort }, 86_400_000);
    const refused = [
      "UPDATE events SET payload = '{}' WHERE seq = 1",
      "UPDATE events SET type = 'x' WHERE seq = 1",
      'UPDATE events SET at = 1 WHERE seq = 1',
      'UPDATE events SET seq = 9 WHERE seq = 5',
      "UPDATE events SET payload_digest = 'x' WHERE seq = 1",
      "UPDATE events SET hash = 'x' WHERE seq = 1",
      "UPDATE events SET payload = NULL, hash = 'x' WHERE seq = 6",
      "UPDATE events SET payload = NULL, payload_digest = 'x' WHERE seq = 6",
      'UPDATE events SET payload = NULL, at = 1 WHERE seq = 6',
      // Before any purge: not even a visit event.
      'UPDATE events SET payload = NULL WHERE seq = 6',
      'DELETE FROM events WHERE seq = 5',
    ];
    for (const sql of refused) expect(() => db.exec(sql), sql).toThrow(/append-only/);
    recordPurgedThrough(db, '1970-01-01');
    for (const sql of [
      // Not a visit event, though of the purged day.
      'UPDATE events SET payload = NULL WHERE seq = 1',
      // A visit event of the day after the purged one.
      'UPDATE events SET payload = NULL WHERE seq = 7',
    ]) {
      expect(() => db.exec(sql), sql).toThrow(/only the retention purge/);
    }
    expect(() => db.exec('UPDATE events SET payload = NULL WHERE seq = 6')).not.toThrow();
    // The table allows it once the day is recorded as purged; the verifier still names it when
    // no purge event says so.
    expect(verifyEventChain(db)).toMatchObject({ ok: false, brokenAt: 6 });
  });

  it('gives the last hash before a moment, for a report to quote', () => {
    const third = db.prepare('SELECT hash FROM events WHERE seq = 3').get() as { hash: string };
    expect(hashBefore(db, 3500)).toEqual({ seq: 3, hash: third.hash });
    expect(hashBefore(db, 0)).toEqual({ seq: 0, hash: GENESIS_HASH });
  });
});
