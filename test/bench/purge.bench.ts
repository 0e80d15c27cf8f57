// `npm run bench:purge`: what a desk notices of the retention purge of a year of visits
// (BENCH_PURGE_VISITS, 225,000 by default: 250 business days of the largest office's 900). A desk
// issues a command every DESK_EVERY_MS while the purge runs beside it in the same process, as in
// the hub; a command's stall is from when it was due to when it finished, so it includes any
// time it waited behind the purge. Three runs, each on its own copy of the same seeded file:
// the desk alone (the baseline), the purge as it ran before (a business day per transaction, a
// pause as long as the day took), and the stepped purge (createRetentionService + the hub's
// purgeVisitDetails: pages and batches of a few hundred rows). On a loaded machine the wall times
// stretch with everyone else's work, so the CPU time of each day, step and desk command is printed too.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { appendEvent } from '../../db/events';
import { openDatabase, type Db } from '../../db/open-database';
import { getRetention } from '../../db/retention';
import { earliestVisitDay, hasVisitDetailsThrough } from '../../db/visit-purge';
import { startWalCheckpointer } from '../../db/wal-checkpointer';
import { seedDemoOffice } from '../../server/demo/inje-office';
import { createHub, type Hub } from '../../server/hub/hub';
import { createRetentionService, pauseAsLong } from '../../server/retention/retention-service';
import { purgeThrough } from '../../server/retention/visit-purge';
import { purgeThroughDay, visitEventTypes } from '../../shared/retention/visit-retention';
import { addDays, endOfBusinessDay, startOfBusinessDay } from '../../shared/time/business-day';
import { createFakeClock, type FakeClock } from '../support/fake-clock';
import { percentile, ratio } from './figures';
import { seedFinishedVisits, VISITS_PER_DAY } from './seed-history';
import { SYSTEM } from '../../server/hub/system-actor';

const VISITS = Number(process.env.BENCH_PURGE_VISITS ?? 250 * VISITS_PER_DAY);
const DESK_EVERY_MS = Number(process.env.BENCH_PURGE_DESK_EVERY_MS ?? 20);
/** How long the desk works alone for the baseline. */
const BASELINE_MS = 5_000;
const HOUR_MS = 3_600_000;
const FIRST_DAY = '2025-01-06';

/** The purge as it ran before this change: the earliest day due, all of it in one transaction. */
function purgeDayAsBefore(db: Db, clock: FakeClock): number | null {
  const now = clock.now();
  const lastDay = purgeThroughDay(now, getRetention(db).retentionDays);
  if (!hasVisitDetailsThrough(db, lastDay, visitEventTypes, endOfBusinessDay(lastDay))) return null;
  const earliest = earliestVisitDay(db, '', lastDay);
  const later = earliest === null ? null : earliestVisitDay(db, earliest, lastDay);
  const throughDay = later === null ? lastDay : earliest!;
  return db
    .transaction(() => {
      const result = purgeThrough(db, throughDay, now);
      appendEvent(db, { type: 'visitDetailsPurged', ...result }, now);
      return result.visits;
    })
    .immediate();
}

/** CPU milliseconds of this process (all its threads) since `since`. */
function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

const deskCpu: number[] = [];
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
    return { db: openDatabase(join(dir, name, 'office.db')), file: join(dir, name, 'office.db') };
  };

  /** Opens a copy as the hub does, runs `work` beside a desk issuing tickets; the desk's stalls. */
  const beside = async (name: string, work: (db: Db, hub: Hub) => Promise<number>) => {
    const { db, file } = copy(name);
    // As the hub runs: checkpoints on a thread of their own (see db/wal-checkpointer.ts).
    const checkpointer = startWalCheckpointer(db, file);
    const hub = createHub({ db, clock });
    hub.execute('setOfficeHours', { week: [], alwaysOpen: true }, SYSTEM);
    const departmentId = hub.office().departments[0]!.id;
    const stalls: number[] = [];
    let running = true;
    let due = performance.now() + DESK_EVERY_MS;
    let timer: NodeJS.Timeout;
    const tick = () => {
      const cpu = process.cpuUsage();
      hub.execute('issueTicket', { departmentId }, SYSTEM);
      if (name === 'alone') deskCpu.push(cpuMs(cpu));
      const done = performance.now();
      stalls.push(done - due);
      // The next press is independent of this one: a desk that waited does not queue presses.
      due = Math.max(due + DESK_EVERY_MS, done);
      if (running) timer = setTimeout(tick, Math.max(0, due - performance.now()));
    };
    timer = setTimeout(tick, DESK_EVERY_MS);
    const started = performance.now();
    const rows = await work(db, hub);
    const ms = performance.now() - started;
    running = false;
    clearTimeout(timer);
    await checkpointer.close();
    hub.close();
    return { ms, rows, stalls };
  };

  const alone = await beside('alone', async () => {
    await new Promise((resolve) => setTimeout(resolve, BASELINE_MS));
    return 0;
  });
  const dayCpu: number[] = [];
  const byDay = await beside('by-day', async (db) => {
    let visits = 0;
    for (;;) {
      const started = performance.now();
      const cpu = process.cpuUsage();
      const purged = purgeDayAsBefore(db, clock);
      dayCpu.push(cpuMs(cpu));
      if (!purged) return visits;
      visits += purged;
      const busy = performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, Math.max(1, Math.ceil(busy))));
    }
  });
  const steps: number[] = [];
  const stepCpu: number[] = [];
  const stepped = await beside('stepped', async (_db, hub) => {
    let cpu = process.cpuUsage();
    const service = createRetentionService(
      (pause) => hub.purgeVisitDetails(pause),
      clock,
      async (busyMs) => {
        steps.push(busyMs);
        stepCpu.push(cpuMs(cpu));
        await pauseAsLong(busyMs);
        cpu = process.cpuUsage();
      },
    );
    return (await service.runIfDue()).reduce((n, day) => n + day.visits, 0);
  });

  const base = Math.max(...alone.stalls);
  const line = (label: string, run: typeof alone) =>
    `  ${label.padEnd(30)} ${run.rows.toLocaleString('en').padStart(9)} visits in ${(run.ms / 1000).toFixed(1).padStart(5)} s; ` +
    `desk commands ${run.stalls.length}, stall p50 ${percentile(run.stalls, 50).toFixed(1)} ms, ` +
    `p99 ${percentile(run.stalls, 99).toFixed(1)} ms, longest ${Math.max(...run.stalls).toFixed(1)} ms ` +
    `(${ratio(Math.max(...run.stalls), base)}× the desk alone's longest)`;
  console.log(`  a desk command every ${DESK_EVERY_MS} ms beside:`);
  console.log(line('nothing (baseline)', alone));
  console.log(line('a day per transaction (before)', byDay));
  console.log(line('steps of a few hundred rows', stepped));
  console.log(
    `  the stepped purge's steps: ${steps.length}, p50 ${percentile(steps, 50).toFixed(1)} ms, ` +
      `p99 ${percentile(steps, 99).toFixed(1)} ms, longest ${Math.max(...steps).toFixed(1)} ms`,
  );
  console.log(
    `  CPU time (what the load above cannot stretch): a day per transaction p50 ${percentile(dayCpu, 50).toFixed(1)} ms, ` +
      `longest ${Math.max(...dayCpu).toFixed(1)} ms; a step p50 ${percentile(stepCpu, 50).toFixed(1)} ms, ` +
      `longest ${Math.max(...stepCpu).toFixed(1)} ms (${ratio(Math.max(...stepCpu), Math.max(...dayCpu))}×); ` +
      `a desk command alone p50 ${percentile(deskCpu, 50).toFixed(1)} ms`,
  );
  console.log(
    `  longest stall: stepped ${ratio(Math.max(...stepped.stalls), Math.max(...byDay.stalls))}× a day per transaction; ` +
      `purge time stepped ${ratio(stepped.ms, byDay.ms)}× a day per transaction`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
