// `npm run bench:issue`: the hub's issue-ticket command path (validation, rules, projections,
// event, one transaction) against a bare better-sqlite3 loop inserting one row per transaction
// with the same pragmas, on the same disk, in the same run: blocks of each in turn, so a change
// in the machine's load falls on both. Measured with 10,000 and then 300,000 earlier visits
// (`BENCH_HISTORY`), the tickets issued at the pace of the largest office's day.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase, type Db } from '../../db/open-database';
import { startWalCheckpointer } from '../../db/wal-checkpointer';
import { createHub, type Hub } from '../../server/hub/hub';
import { seedDemoOffice } from '../../server/demo/inje-office';
import { addDays, businessDay, startOfBusinessDay } from '../../shared/time/business-day';
import { createFakeClock, type FakeClock } from '../support/fake-clock';
import { seedFinishedVisits, VISITS_PER_DAY, weekdayFrom } from './seed-history';
import { percentile, ratio, summarize } from './figures';
import { SYSTEM } from '../../server/hub/system-actor';

const HISTORIES = (process.env.BENCH_HISTORY ?? '10000,300000').split(',').map(Number);
const MEASURED = Number(process.env.BENCH_COMMANDS ?? 3_000);
const BLOCK = 100;
const HOUR_MS = 3_600_000;
/** The demo office is open 09:00–18:00: a day's 900 tickets come 36 s apart. */
const TICKET_GAP_MS = (9 * HOUR_MS) / VISITS_PER_DAY;

type Side = { ms: number[]; cpuUs: number; wallMs: number };

/** The WAL frames (pages) one command writes, counted with checkpoints off. */
function framesPerCommand(db: Db, run: () => void, commands: number): number {
  const autocheckpoint = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  db.pragma('wal_autocheckpoint = 0');
  db.pragma('wal_checkpoint(TRUNCATE)');
  const [{ log: before }] = db.pragma('wal_checkpoint(PASSIVE)') as [{ log: number }];
  for (let i = 0; i < commands; i++) run();
  const [{ log }] = db.pragma('wal_checkpoint(PASSIVE)') as [{ log: number }];
  db.pragma(`wal_autocheckpoint = ${autocheckpoint}`);
  return (log - before) / commands;
}

function timeBlock(side: Side, run: () => void): void {
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < BLOCK; i++) {
    const t0 = performance.now();
    run();
    side.ms.push(performance.now() - t0);
  }
  side.wallMs += performance.now() - start;
  const used = process.cpuUsage(cpu);
  side.cpuUs += used.user + used.system;
}

function issuer(hub: Hub, clock: FakeClock, firstDay: string): () => void {
  const departments = hub.office().departments.map((d) => d.id);
  let day = weekdayFrom(firstDay);
  clock.set(startOfBusinessDay(day) + 9 * HOUR_MS);
  let i = 0;
  return () => {
    clock.advance(TICKET_GAP_MS);
    if (clock.now() >= startOfBusinessDay(day) + 18 * HOUR_MS) {
      day = weekdayFrom(addDays(day, 1));
      clock.set(startOfBusinessDay(day) + 9 * HOUR_MS);
    }
    hub.execute('issueTicket', { departmentId: departments[i++ % departments.length]! }, SYSTEM);
  };
}

const dir = mkdtempSync(join(tmpdir(), 'minwon-bench-'));
try {
  const db = openDatabase(join(dir, 'office.db'));
  // As the hub runs: checkpoints on a thread of their own (see db/wal-checkpointer.ts).
  const checkpointer = process.env.BENCH_INLINE_CHECKPOINT
    ? null
    : startWalCheckpointer(db, join(dir, 'office.db'));
  const clock = createFakeClock(startOfBusinessDay('2025-01-06'));
  const hub = createHub({ db, clock });
  seedDemoOffice(hub);
  const office = hub.office();
  const seedOffice = {
    desks: office.desks,
    prefixes: new Map(office.departments.map((d) => [d.id, d.prefix])),
    attendTargetMs: office.charter?.attendTargetMs ?? null,
    warningShare: office.charter?.warningShare ?? 0.7,
  };

  const bare = openDatabase(join(dir, 'bare.db'));
  bare.exec(
    'CREATE TABLE rows (id INTEGER PRIMARY KEY, department_id INTEGER, issued_at INTEGER, payload TEXT)',
  );
  const insert = bare.prepare('INSERT INTO rows (department_id, issued_at, payload) VALUES (?, ?, ?)');
  const insertOne = bare.transaction((i: number) => insert.run(i % 8, Date.now(), 'x'.repeat(400)));
  let bareRows = 0;
  const bareCommand = () => insertOne.immediate(bareRows++);

  console.log(
    `issueTicket against a bare one-row-per-transaction loop; journal_mode=WAL, synchronous=FULL; ` +
      `${MEASURED} of each per history, in alternating blocks of ${BLOCK}`,
  );
  let nextDay = '2025-01-06';
  let seeded = 0;
  for (const history of HISTORIES) {
    const seedStart = performance.now();
    nextDay = seedFinishedVisits(db, seedOffice, history - seeded, nextDay);
    seeded = history;
    const seedSeconds = (performance.now() - seedStart) / 1000;
    const issue = issuer(hub, clock, nextDay);
    const hubSide: Side = { ms: [], cpuUs: 0, wallMs: 0 };
    const bareSide: Side = { ms: [], cpuUs: 0, wallMs: 0 };
    const pairRatios: number[] = [];
    for (let done = 0; done < MEASURED; done += BLOCK) {
      const [hubBefore, bareBefore] = [hubSide.wallMs, bareSide.wallMs];
      timeBlock(hubSide, issue);
      timeBlock(bareSide, bareCommand);
      pairRatios.push((bareSide.wallMs - bareBefore) / (hubSide.wallMs - hubBefore));
    }
    const hubFrames = framesPerCommand(db, issue, 200);
    const bareFrames = framesPerCommand(bare, bareCommand, 200);
    // The next history is seeded after the last day just measured (weekends skipped, as there).
    nextDay = weekdayFrom(addDays(businessDay(clock.now()), 1));

    const hubRate = (hubSide.ms.length / hubSide.wallMs) * 1000;
    const bareRate = (bareSide.ms.length / bareSide.wallMs) * 1000;
    console.log(`\n${history.toLocaleString('en')} earlier visits (seeded in ${seedSeconds.toFixed(0)} s):`);
    console.log(`  bare insert loop   ${bareRate.toFixed(0)} tx/s        ${summarize(bareSide.ms)}`);
    console.log(`  hub issueTicket    ${hubRate.toFixed(0)} commands/s  ${summarize(hubSide.ms)}`);
    console.log(
      `  ratio hub / bare   ${(hubRate / bareRate).toFixed(2)} (per block pair: median ${percentile(pairRatios, 50).toFixed(2)}, ` +
        `${percentile(pairRatios, 10).toFixed(2)}–${percentile(pairRatios, 90).toFixed(2)} from 10th to 90th percentile)`,
    );
    console.log(
      `  CPU per command    hub ${(hubSide.cpuUs / hubSide.ms.length).toFixed(0)} µs, bare ${(bareSide.cpuUs / bareSide.ms.length).toFixed(0)} µs ` +
        `(${ratio(hubSide.cpuUs, bareSide.cpuUs)}× bare)`,
    );
    console.log(
      `  WAL pages written  hub ${hubFrames.toFixed(1)} per command, bare ${bareFrames.toFixed(1)} per transaction`,
    );
  }
  await checkpointer?.close();
  hub.close();
  bare.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
