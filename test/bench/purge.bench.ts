// `npm run bench:purge`: the retention purge of a year of visits (BENCH_PURGE_VISITS, 225,000 by
// default: 250 business days of the largest office's 900) as the hub runs it, a business day per
// transaction, against the same purge in one transaction (how it ran before), each on its own
// copy of the same seeded file. What a desk notices is the longest transaction: a command that
// arrives meanwhile waits for it. Between two days a desk command is issued and timed.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../db/open-database';
import { startWalCheckpointer } from '../../db/wal-checkpointer';
import { seedDemoOffice } from '../../server/demo/inje-office';
import { createHub } from '../../server/hub/hub';
import { purgeThrough } from '../../server/retention/visit-purge';
import { purgeThroughDay } from '../../shared/retention/visit-retention';
import { addDays, startOfBusinessDay } from '../../shared/time/business-day';
import { createFakeClock } from '../support/fake-clock';
import { percentile, ratio } from './figures';
import { seedFinishedVisits, VISITS_PER_DAY } from './seed-history';
import { SYSTEM } from '../../server/hub/system-actor';

const VISITS = Number(process.env.BENCH_PURGE_VISITS ?? 250 * VISITS_PER_DAY);
const HOUR_MS = 3_600_000;
const FIRST_DAY = '2025-01-06';

const dir = mkdtempSync(join(tmpdir(), 'minwon-purge-bench-'));
try {
  const seeded = join(dir, 'seeded.db');
  const seedStart = performance.now();
  const clock = createFakeClock(startOfBusinessDay(FIRST_DAY));
  let after: string;
  {
    const db = openDatabase(seeded);
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
      FIRST_DAY,
    );
    db.pragma('wal_checkpoint(TRUNCATE)');
    hub.close();
  }
  // A year and a day later, with the default period of 365 days: every seeded day is due.
  clock.set(startOfBusinessDay(addDays(after, 367)) + 9 * HOUR_MS);
  const lastDay = purgeThroughDay(clock.now(), 365);
  console.log(
    `Retention purge of ${VISITS.toLocaleString('en')} visits (${FIRST_DAY} to ${addDays(after, -1)}, ` +
      `seeded in ${((performance.now() - seedStart) / 1000).toFixed(0)} s), through ${lastDay}`,
  );

  const copy = (name: string) => {
    mkdirSync(join(dir, name));
    copyFileSync(seeded, join(dir, name, 'office.db'));
    return openDatabase(join(dir, name, 'office.db'));
  };

  const whole = copy('whole');
  const wholeStart = performance.now();
  const wholeResult = whole.transaction(() => purgeThrough(whole, lastDay, clock.now())).immediate();
  const wholeMs = performance.now() - wholeStart;
  whole.close();

  const db = copy('by-day');
  // As the hub runs: checkpoints on a thread of their own (see db/wal-checkpointer.ts).
  const checkpointer = startWalCheckpointer(db, join(dir, 'by-day', 'office.db'));
  const hub = createHub({ db, clock });
  hub.execute('setOfficeHours', { week: [], alwaysOpen: true }, SYSTEM);
  const departmentId = hub.office().departments[0]!.id;
  const dayMs: number[] = [];
  const commandMs: number[] = [];
  let visits = 0;
  const byDayStart = performance.now();
  for (;;) {
    const t0 = performance.now();
    const purged = hub.purgeVisitDetails();
    if (!purged) break;
    dayMs.push(performance.now() - t0);
    visits += purged.visits;
    const t1 = performance.now();
    hub.execute('issueTicket', { departmentId }, SYSTEM);
    commandMs.push(performance.now() - t1);
  }
  const byDayMs = performance.now() - byDayStart - commandMs.reduce((a, b) => a + b, 0);
  await checkpointer.close();
  hub.close();

  const longest = Math.max(...dayMs);
  console.log(
    `  one transaction   ${wholeResult.visits.toLocaleString('en')} visits in ${wholeMs.toFixed(0)} ms: ` +
      `a desk command waits up to ${wholeMs.toFixed(0)} ms`,
  );
  console.log(
    `  a day at a time   ${visits.toLocaleString('en')} visits in ${dayMs.length} transactions, ${byDayMs.toFixed(0)} ms in all ` +
      `(${ratio(byDayMs, wholeMs)}× one transaction); a day p50 ${percentile(dayMs, 50).toFixed(1)} ms, ` +
      `p99 ${percentile(dayMs, 99).toFixed(1)} ms, longest ${longest.toFixed(1)} ms ` +
      `(${ratio(longest, wholeMs)}× the one transaction's stall)`,
  );
  console.log(
    `  a desk command between two days: p50 ${percentile(commandMs, 50).toFixed(2)} ms, ` +
      `max ${Math.max(...commandMs).toFixed(2)} ms`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
