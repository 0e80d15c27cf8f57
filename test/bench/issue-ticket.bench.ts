// `npm run bench`: the hub's issue-ticket command path (validation, rules, projections, event,
// one transaction) against a bare better-sqlite3 loop inserting one row per transaction with
// the same pragmas, measured in the same run on the same disk, with 100,000 earlier visits.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../db/open-database';
import { createHub } from '../../server/hub/hub';
import { seedDemoOffice } from '../../server/demo/inje-office';
import { createFakeClock } from '../support/fake-clock';
import { SYSTEM } from '../../server/hub/system-actor';

const EARLIER_VISITS = 100_000;
const MEASURED = Number(process.env.BENCH_COMMANDS ?? 3_000);
const DAY = 86_400_000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const dir = mkdtempSync(join(tmpdir(), 'minwon-bench-'));
try {
  const db = openDatabase(join(dir, 'office.db'));
  const clock = createFakeClock(Date.now() - 200 * DAY);
  const hub = createHub({ db, clock });
  seedDemoOffice(hub);
  // Tickets around the clock: the seeded history spans nights and weekends.
  hub.execute('setOfficeHours', { week: [], alwaysOpen: true }, SYSTEM);
  const departments = hub.office().departments.map((d) => d.id);

  // Seeding is not measured, so it may skip the fsyncs; measurement runs with FULL again.
  db.pragma('synchronous = OFF');
  const seedStart = performance.now();
  for (let i = 0; i < EARLIER_VISITS; i++) {
    if (i % 500 === 0) clock.advance(DAY / 2);
    clock.advance(1_000);
    hub.execute('issueTicket', { departmentId: departments[i % departments.length]! }, SYSTEM);
  }
  db.pragma('synchronous = FULL');
  const seedSeconds = (performance.now() - seedStart) / 1000;

  const latencies: number[] = [];
  const hubStart = performance.now();
  for (let i = 0; i < MEASURED; i++) {
    const t0 = performance.now();
    hub.execute('issueTicket', { departmentId: departments[i % departments.length]! }, SYSTEM);
    latencies.push(performance.now() - t0);
  }
  const hubSeconds = (performance.now() - hubStart) / 1000;
  hub.close();

  const bare = openDatabase(join(dir, 'bare.db'));
  bare.exec(
    'CREATE TABLE rows (id INTEGER PRIMARY KEY, department_id INTEGER, issued_at INTEGER, payload TEXT)',
  );
  const insert = bare.prepare('INSERT INTO rows (department_id, issued_at, payload) VALUES (?, ?, ?)');
  const insertOne = bare.transaction((i: number) => insert.run(i % 8, Date.now(), 'x'.repeat(400)));
  const bareStart = performance.now();
  for (let i = 0; i < MEASURED; i++) insertOne.immediate(i);
  const bareSeconds = (performance.now() - bareStart) / 1000;
  bare.close();

  latencies.sort((a, b) => a - b);
  const hubRate = MEASURED / hubSeconds;
  const bareRate = MEASURED / bareSeconds;
  console.log(`earlier visits seeded: ${EARLIER_VISITS} in ${seedSeconds.toFixed(1)} s (synchronous=OFF)`);
  console.log(`measured: ${MEASURED} commands each, journal_mode=WAL, synchronous=FULL`);
  console.log(`bare insert loop:      ${bareRate.toFixed(0)} tx/s`);
  console.log(`hub issueTicket:       ${hubRate.toFixed(0)} commands/s`);
  console.log(`ratio hub / bare:      ${(hubRate / bareRate).toFixed(2)}`);
  console.log(
    `issueTicket latency:   p50 ${percentile(latencies, 50).toFixed(3)} ms, p99 ${percentile(latencies, 99).toFixed(3)} ms, max ${latencies.at(-1)!.toFixed(3)} ms`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
