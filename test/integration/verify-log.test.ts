import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../support/test-hub';

let t: TestHub;
beforeEach(async () => {
  t = await startTestHub();
  await t.post('issueTicket', { departmentId: 1 }, null);
  await t.post('callNext', { deskId: 1 });
  await t.close();
});
afterEach(async () => {
  await t.dispose().catch(() => undefined);
});

const root = resolve(import.meta.dirname, '..', '..');

function verifyLog(): { status: number; out: string } {
  try {
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'server/cli/verify-log.ts', '--data', t.dataDir],
      {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    return { status: 0, out };
  } catch (error) {
    const e = error as { status: number; stdout: string };
    return { status: e.status, out: e.stdout };
  }
}

describe('npm run verify-log', () => {
  it('says the chain is intact, with the last hash', () => {
    const { status, out } = verifyLog();
    expect(status).toBe(0);
    expect(out).toMatch(/^ok: \d+ events, chain intact; last event \d+, hash [0-9a-f]{64}/);
  });

  it('reports the first broken link of an edited log', () => {
    const db = new Database(t.dbFile);
    db.exec('DROP TRIGGER events_are_append_only_update');
    db.prepare(
      `UPDATE events SET payload = replace(payload, '"A001"', '"A777"') WHERE type = 'ticketIssued'`,
    ).run();
    const edited = db.prepare(`SELECT seq FROM events WHERE type = 'ticketIssued'`).get() as { seq: number };
    db.close();
    const { status, out } = verifyLog();
    expect(status).toBe(1);
    expect(out).toContain(`BROKEN at event ${edited.seq}: event ${edited.seq} does not match its hash`);
  });

  it('reports a payload blanked outside a retention purge, once the table’s guard was dropped', () => {
    const db = new Database(t.dbFile);
    const seqOf = (type: string) =>
      (db.prepare('SELECT MIN(seq) AS seq FROM events WHERE type = ?').get(type) as { seq: number }).seq;
    const staff = seqOf('staffDefined');
    const ticket = seqOf('ticketIssued');
    const blank = db.prepare(
      `UPDATE events SET payload = NULL WHERE type IN ('staffDefined', 'ticketIssued')`,
    );
    expect(() => blank.run()).toThrow(/only the retention purge/);
    db.exec('DROP TRIGGER events_are_append_only_update');
    blank.run();
    db.close();
    const { status, out } = verifyLog();
    expect(status).toBe(1);
    const first = Math.min(staff, ticket);
    expect(out).toContain(`BROKEN at event ${first}: event ${first} (`);
    expect(out).toContain('lost its payload, and no retention purge removed it');
  });
});
