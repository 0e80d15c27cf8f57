// `npm run bench:verify-log`: `verify-log` on a year of visits (BENCH_VERIFY_VISITS, 225,000 by
// default: 250 business days of the largest office's 900, four events each). Its two parts are
// timed on the same file in the same run: walking the hash chain (what verify-log did before, the
// baseline) and replaying the log to hold every projection table against it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { verifyEventChain } from '../../db/event-chain';
import { openDatabase, openReadOnly } from '../../db/open-database';
import { checkProjections } from '../../server/audit/projection-check';
import { seedDemoOffice } from '../../server/demo/inje-office';
import { createHub } from '../../server/hub/hub';
import { startOfBusinessDay } from '../../shared/time/business-day';
import { createFakeClock } from '../support/fake-clock';
import { ratio } from './figures';
import { seedFinishedVisits, VISITS_PER_DAY } from './seed-history';

const VISITS = Number(process.env.BENCH_VERIFY_VISITS ?? 250 * VISITS_PER_DAY);
const FIRST_DAY = '2025-01-06';

const dir = mkdtempSync(join(tmpdir(), 'minwon-verify-bench-'));
try {
  const file = join(dir, 'office.db');
  const seedStart = performance.now();
  {
    const db = openDatabase(file);
    const hub = createHub({ db, clock: createFakeClock(startOfBusinessDay(FIRST_DAY)) });
    seedDemoOffice(hub);
    const office = hub.office();
    seedFinishedVisits(
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
  const db = openReadOnly(file);
  const timed = <T>(run: () => T): { value: T; ms: number } => {
    const started = performance.now();
    const value = run();
    return { value, ms: performance.now() - started };
  };
  const chain = timed(() => verifyEventChain(db));
  const tables = timed(() => checkProjections(db));
  db.close();
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(
    `verify-log on ${VISITS.toLocaleString('en')} visits, ${chain.value.events.toLocaleString('en')} events ` +
      `(seeded in ${s(performance.now() - seedStart - chain.ms - tables.ms)})`,
  );
  console.log(`  hash chain (baseline):        ${s(chain.ms)}  ${chain.value.ok ? 'intact' : 'BROKEN'}`);
  console.log(
    `  replay and compare ${tables.value.rows.toLocaleString('en')} rows: ${s(tables.ms)}  ` +
      `${ratio(tables.ms, chain.ms)} × the chain; ${tables.value.differences} differences`,
  );
  console.log(`  verify-log in all:            ${s(chain.ms + tables.ms)}`);
  if (tables.value.first) console.log('  first difference:', tables.value.first);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
