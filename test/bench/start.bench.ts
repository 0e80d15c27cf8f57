// `npm run bench:start`: the hub's start with a year of data (BENCH_START_VISITS, 500,000 visits
// by default) until its first answer over HTTP, against opening the same database file with
// better-sqlite3 and reading one row. Alternating runs in this process (modules already loaded,
// the file in the page cache for both), so a change in the machine's load falls on both. The
// seeded days run at the largest office's 900 visits a day, so 500,000 span about two years: a
// start finds the day's backup and a backlog of visits past the default retention period to
// purge, as a hub would after a long shutdown, and both run beside the first answer.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../db/open-database';
import { seedDemoOffice } from '../../server/demo/inje-office';
import { createHub } from '../../server/hub/hub';
import { DATABASE_FILE, startHub } from '../../server/start-hub';
import { startOfBusinessDay } from '../../shared/time/business-day';
import { createFakeClock } from '../support/fake-clock';
import { percentile, ratio } from './figures';
import { seedFinishedVisits } from './seed-history';

const VISITS = Number(process.env.BENCH_START_VISITS ?? 500_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const HOUR_MS = 3_600_000;

const dataDir = mkdtempSync(join(tmpdir(), 'minwon-start-bench-'));
try {
  const dbFile = join(dataDir, DATABASE_FILE);
  const seedStart = performance.now();
  const clock = createFakeClock(startOfBusinessDay('2025-01-06'));
  let after: string;
  {
    const db = openDatabase(dbFile);
    const hub = createHub({ db, clock });
    seedDemoOffice(hub);
    const office = hub.office();
    after = seedFinishedVisits(
      db,
      {
        desks: office.desks,
        prefixes: new Map(office.departments.map((d) => [d.id, d.prefix])),
        attendTargetMs: office.charter?.attendTargetMs ?? null,
        warningShare: office.charter?.warningShare ?? 0.7,
      },
      VISITS,
      '2025-01-06',
    );
    db.pragma('wal_checkpoint(TRUNCATE)');
    hub.close();
  }
  // The morning after the seeded days: nothing is past the retention period, the day's backup is due.
  clock.set(startOfBusinessDay(after) + 8 * HOUR_MS);
  console.log(
    `Hub start with ${VISITS.toLocaleString('en')} visits (seeded in ${((performance.now() - seedStart) / 1000).toFixed(0)} s) ` +
      `until its first answer (GET /api/v1/office), against opening the file and reading one row; ${RUNS} runs of each, alternating`,
  );

  const hubMs: number[] = [];
  const bareMs: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const bareStart = performance.now();
    const bare = new Database(dbFile);
    bare.pragma('journal_mode = WAL');
    bare.prepare('SELECT * FROM tickets ORDER BY id DESC LIMIT 1').get();
    bareMs.push(performance.now() - bareStart);
    bare.close();

    const hubStart = performance.now();
    const running = await startHub({ dataDir, port: 0, clock, keepBackups: 1 });
    const response = await fetch(`${running.url}/api/v1/office`);
    await response.arrayBuffer();
    hubMs.push(performance.now() - hubStart);
    if (!response.ok) throw new Error(`the first answer was ${response.status}`);
    await running.close();
  }
  const line = (label: string, ms: number[]) =>
    `  ${label} p50 ${percentile(ms, 50).toFixed(1)} ms (${ms.map((m) => m.toFixed(0)).join(', ')})`;
  console.log(line('open and read one row', bareMs));
  console.log(line('hub to first answer  ', hubMs));
  console.log(`  hub / bare ${ratio(percentile(hubMs, 50), percentile(bareMs, 50))}×`);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
