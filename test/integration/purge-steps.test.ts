import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendEvent } from '../../db/events';
import { openDatabase, type Db } from '../../db/open-database';
import { getRetention } from '../../db/retention';
import { earliestVisitDay, hasVisitDetailsThrough } from '../../db/visit-purge';
import { seedDemoOffice } from '../../server/demo/inje-office';
import { summarizeVisits } from '../../server/export/export-report';
import { createHub } from '../../server/hub/hub';
import { SYSTEM } from '../../server/hub/system-actor';
import { purgeThrough, type PurgePause, type PurgeResult } from '../../server/retention/visit-purge';
import { DATABASE_FILE } from '../../server/start-hub';
import { purgeThroughDay, visitEventTypes } from '../../shared/retention/visit-retention';
import { addDays, endOfBusinessDay, startOfBusinessDay } from '../../shared/time/business-day';
import { seedFinishedVisits } from '../bench/seed-history';
import { createFakeClock } from '../support/fake-clock';

// The stepped retention purge against the purge as it ran before (a day per transaction, each
// day summarized, deleted and blanked at once): both on copies of one real SQLite file, which
// must end byte for byte the same in every table, whether the stepped purge ran through or was
// cut off between two steps and finished by the next one.

const FIRST_DAY = '2026-01-05';
/** Three business days of the largest office: each day needs several batches of each kind. */
const SEEDED_VISITS = 2_000;
const HOUR_MS = 3_600_000;
const root = resolve(import.meta.dirname, '..', '..');

let dir: string;
let seeded: string;
/** The purge's "now": a day past the retention of every day with visits but the repeat's. */
let purgeAt: number;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'minwon-purge-steps-'));
  seeded = join(dir, 'seeded.db');
  const clock = createFakeClock(startOfBusinessDay(FIRST_DAY) + 8 * HOUR_MS);
  const db = openDatabase(seeded);
  const hub = createHub({ db, clock });
  seedDemoOffice(hub);
  const office = hub.office();
  const after = seedFinishedVisits(
    db,
    {
      desks: office.desks,
      prefixes: new Map(office.departments.map((d) => [d.id, d.prefix])),
      attendTargetMs: office.charter?.attendTargetMs ?? null,
      warningShare: office.charter?.warningShare ?? 0.7,
    },
    SEEDED_VISITS,
    FIRST_DAY,
  );
  hub.execute('setOfficeHours', { week: [], alwaysOpen: true }, SYSTEM);
  hub.execute('setRetentionDays', { days: 90 }, SYSTEM);
  const desk = office.desks[0]!;
  // A day of visits through the hub: an escort, a transfer, a visit served.
  clock.set(startOfBusinessDay(after) + 10 * HOUR_MS);
  const served = hub.execute('issueTicket', { departmentId: desk.departmentId }, SYSTEM).ticket;
  hub.execute('requestEscort', { kind: 'escort', reason: 'wheelchair', ticketId: served.id }, SYSTEM);
  hub.execute('callTicket', { deskId: desk.id, ticketId: served.id }, SYSTEM);
  clock.advance(60_000);
  hub.execute('acknowledgeArrival', { deskId: desk.id, ticketId: served.id }, SYSTEM);
  clock.advance(60_000);
  hub.execute('finishService', { deskId: desk.id, ticketId: served.id, note: '서류 누락' }, SYSTEM);
  const moved = hub.execute('issueTicket', { departmentId: desk.departmentId }, SYSTEM).ticket;
  hub.execute('callTicket', { deskId: desk.id, ticketId: moved.id }, SYSTEM);
  const other = office.departments.find((d) => d.id !== desk.departmentId)!;
  hub.execute(
    'transferTicket',
    { deskId: desk.id, ticketId: moved.id, toDepartmentId: other.id, note: '다른 창구' },
    SYSTEM,
  );
  // 80 days on, a repeat visit of the first seeded day's first visit: kept by a 90-day period.
  const { code } = db.prepare('SELECT code FROM tickets ORDER BY id LIMIT 1').get() as { code: string };
  clock.set(startOfBusinessDay(addDays(FIRST_DAY, 80)) + 10 * HOUR_MS);
  hub.execute('issueTicket', { departmentId: desk.departmentId, repeatOfCode: code }, SYSTEM);
  purgeAt = startOfBusinessDay(addDays(after, 92)) + 9 * HOUR_MS;
  // The days' ends as the hub closes them at its start, so that both purges start from one state.
  clock.set(purgeAt);
  hub.closeEndedDays();
  db.pragma('wal_checkpoint(TRUNCATE)');
  hub.close();
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

let copies = 0;
/** A copy of the seeded file in a data folder of its own, as `npm run verify-log` reads one. */
function copy(): { dataDir: string; file: string } {
  copies += 1;
  const dataDir = join(dir, `copy-${copies}`);
  mkdirSync(dataDir);
  const file = join(dataDir, DATABASE_FILE);
  copyFileSync(seeded, file);
  return { dataDir, file };
}

/** The purge before this change: a day per transaction, the whole of it at once. */
function purgeAsBefore(db: Db, now: number): PurgeResult[] {
  const done: PurgeResult[] = [];
  for (;;) {
    const lastDay = purgeThroughDay(now, getRetention(db).retentionDays);
    if (!hasVisitDetailsThrough(db, lastDay, visitEventTypes, endOfBusinessDay(lastDay))) return done;
    const earliest = earliestVisitDay(db, '', lastDay);
    const later = earliest === null ? null : earliestVisitDay(db, earliest, lastDay);
    const throughDay = later === null ? lastDay : earliest!;
    done.push(
      db
        .transaction(() => {
          const result = purgeThrough(db, throughDay, now);
          appendEvent(db, { type: 'visitDetailsPurged', ...result }, now);
          return result;
        })
        .immediate(),
    );
  }
}

/** Every row of every table, in a stable order. */
function contents(file: string): Record<string, string[]> {
  const db = openDatabase(file);
  try {
    const tables = db
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
      )
      .all() as { name: string }[];
    return Object.fromEntries(
      tables.map(({ name }) => [
        name,
        db
          .prepare(`SELECT * FROM "${name}"`)
          .all()
          .map((row) => JSON.stringify(row))
          .sort(),
      ]),
    );
  } finally {
    db.close();
  }
}

/** The stepped purge as the hub runs it, until nothing is due; counts the pauses between steps. */
async function purgeInSteps(file: string, pause: PurgePause): Promise<PurgeResult[]> {
  const db = openDatabase(file);
  const hub = createHub({ db, clock: createFakeClock(purgeAt) });
  try {
    const done: PurgeResult[] = [];
    for (let day = await hub.purgeVisitDetails(pause); day; day = await hub.purgeVisitDetails(pause)) {
      done.push(day);
    }
    return done;
  } finally {
    hub.close();
  }
}

function verifyLog(dataDir: string): string {
  return execFileSync(process.execPath, ['--import', 'tsx', 'server/cli/verify-log.ts', '--data', dataDir], {
    cwd: root,
    encoding: 'utf8',
  });
}

class Crash extends Error {}

describe('the retention purge in steps', () => {
  it('leaves the file as the one-transaction-a-day purge did, its log intact', async () => {
    const before = copy();
    const db = openDatabase(before.file);
    const expected = purgeAsBefore(db, purgeAt);
    db.close();
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(expected.reduce((n, d) => n + d.visits, 0)).toBe(SEEDED_VISITS + 3);

    const stepped = copy();
    let pauses = 0;
    const done = await purgeInSteps(stepped.file, () => {
      pauses += 1;
      return new Promise((resolve) => setImmediate(resolve));
    });
    expect(done).toEqual(expected);
    // Each day went in many steps: reading, deleting and blanking a few hundred rows at a time.
    expect(pauses).toBeGreaterThan(10 * expected.length);
    expect(contents(stepped.file)).toEqual(contents(before.file));
    expect(verifyLog(stepped.dataDir)).toMatch(/^ok: .*chain intact.* with visit details purged/);
  });

  it('is finished by the next purge after a crash between any two steps', async () => {
    const reference = copy();
    const db = openDatabase(reference.file);
    const summaryBefore = summarizeVisits(db, FIRST_DAY, addDays(FIRST_DAY, 100), purgeAt);
    purgeAsBefore(db, purgeAt);
    db.close();
    const expected = contents(reference.file);

    // Cut off while reading the first day, right after its summaries were stored, while deleting
    // its visits, while blanking its events, and in the last day's purge.
    for (const crashAt of [2, 4, 6, 12, 40]) {
      const crashed = copy();
      let pauses = 0;
      await expect(
        purgeInSteps(crashed.file, () => {
          pauses += 1;
          if (pauses === crashAt) throw new Crash();
          return Promise.resolve();
        }),
      ).rejects.toBeInstanceOf(Crash);
      // Meanwhile a report counts every day once: from its summary, or from its visits.
      const meanwhile = openDatabase(crashed.file);
      expect(
        summarizeVisits(meanwhile, FIRST_DAY, addDays(FIRST_DAY, 100), purgeAt),
        `crash ${crashAt}`,
      ).toEqual(summaryBefore);
      meanwhile.close();

      await purgeInSteps(crashed.file, () => Promise.resolve());
      expect(contents(crashed.file), `crash at pause ${crashAt}`).toEqual(expected);
      expect(verifyLog(crashed.dataDir)).toMatch(/^ok: /);
    }
  });
});
