// `npm run bench:region` (runs beside a throwaway PostgreSQL, scripts/with-postgres.sh): two
// figures of the region service, each against a baseline measured in the same run.
//  1. Ingest: offices' logs pulled over real HTTP from several hubs at once, verified and projected
//     into PostgreSQL, against a bare COPY of the same rows into a plain table.
//  2. The dashboard for 20 offices × a year (2.2 M visits, the facts of about 10 M events): the
//     region screen's query, and the rebuild of every figure, against a bare aggregate of the rows.
// Figures are medians of alternating runs; the machine's load average is printed with them.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { openDatabase } from '../../db/open-database';
import { createHub } from '../../server/hub/hub';
import { seedDemoOffice } from '../../server/demo/inje-office';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readOverview } from '../../region/http/region-overview';
import { refreshFigures } from '../../region/figures/refresh-figures';
import { pullOffice } from '../../region/ingest/pull-office';
import { migrateRegion } from '../../region/db/migrate';
import { createPool, type Pool } from '../../region/db/pool';
import { registerOffice } from '../../region/registry/register-office';
import { ensureMonthPartitions } from '../../region/db/partitions';
import { createFakeClock } from '../support/fake-clock';
import { SYSTEM } from '../../server/hub/system-actor';

const HUBS = Number(process.env.BENCH_HUBS ?? 4);
const VISITS_PER_HUB = Number(process.env.BENCH_HUB_VISITS ?? 5_000);
const OFFICES = 20;
const VISITS_PER_DAY = Number(process.env.BENCH_DAY_VISITS ?? 430);
const RUNS = 5;
const START = Date.parse('2026-01-05T00:00:00Z'); // a Monday, 09:00 in Seoul

const admin = process.env.REGION_TEST_PG;
if (!admin) throw new Error('REGION_TEST_PG is not set: run `npm run bench:region`');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function freshDatabase(name: string): Promise<string> {
  const client = new pg.Client(admin);
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin!);
  url.pathname = `/${name}`;
  return url.href;
}

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await work();
  return [performance.now() - start, result];
}

/** An office's log of `visits` visits over working days, made by the hub's own commands. */
function makeOfficeLog(dataDir: string, visits: number): void {
  const clock = createFakeClock(START);
  const db = openDatabase(join(dataDir, 'office.db'));
  // Making the data is not what is measured: no fsync per command here.
  db.pragma('synchronous = OFF');
  const hub = createHub({ db, clock });
  seedDemoOffice(hub);
  // 250 visits a working day, about 50 s of the hub's clock each: a busy office's day.
  let dayIndex = -1;
  for (let i = 0; i < visits; i++) {
    if (i % 250 === 0) {
      do dayIndex += 1;
      while (dayIndex % 7 >= 5);
      clock.set(START + dayIndex * 86_400_000);
    }
    const { ticket } = hub.execute('issueTicket', { departmentId: 1 + (i % 2) }, SYSTEM);
    clock.advance(10_000 + (i % 4) * 10_000);
    hub.execute('callTicket', { deskId: ticket.departmentId === 1 ? 1 : 3, ticketId: ticket.id }, SYSTEM);
    clock.advance(2_000 + (i % 11) * 1_000);
    hub.execute(
      'acknowledgeArrival',
      { deskId: ticket.departmentId === 1 ? 1 : 3, ticketId: ticket.id },
      SYSTEM,
    );
    clock.advance(20_000);
    hub.execute('finishService', { deskId: ticket.departmentId === 1 ? 1 : 3, ticketId: ticket.id }, SYSTEM);
  }
  hub.close();
}

/** A region pairing code from the hub's manager, as an office makes one (they last 10 minutes). */
async function pairingCode(hubUrl: string): Promise<string> {
  const post = async (path: string, body: unknown, token?: string) => {
    const response = await fetch(hubUrl + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return (await response.json()) as Record<string, unknown>;
  };
  const { token } = (await post('/api/v1/sessions', { login: 'manager.lee', pin: '1357' })) as {
    token: string;
  };
  const started = await post('/api/v1/commands/startPairing', { role: 'region', name: 'bench' }, token);
  return (started.result as { code: string }).code;
}

type ServedHub = { url: string; lastSeq: number; child: ChildProcess };

/** A hub in a process of its own, as an office runs it: the region does not share its core. */
async function serveHub(dataDir: string, lastSeq: number): Promise<ServedHub> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'server/cli/serve.ts', '--port', '0', '--data', dataDir],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  // Read on after the address: the hub prints its screens' addresses, and a closed pipe would kill it.
  return new Promise<ServedHub>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += String(chunk);
      const url = /Hub ready: (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve({ url, lastSeq, child });
    });
    child.once('exit', () => reject(new Error(`the hub did not start: ${out}`)));
  });
}

async function ingestBench(): Promise<void> {
  console.log(`\n1. Ingest: ${HUBS} hubs × ${VISITS_PER_HUB} visits, pulled at once (load ${load()})`);
  const dirs: string[] = [];
  const hubs: ServedHub[] = [];
  for (let h = 0; h < HUBS; h++) {
    const dir = mkdtempSync(join(tmpdir(), 'minwon-region-bench-'));
    makeOfficeLog(dir, VISITS_PER_HUB);
    const db = openDatabase(join(dir, 'office.db'));
    const lastSeq = (db.prepare('SELECT max(seq) AS n FROM events').get() as { n: number }).n;
    db.close();
    dirs.push(dir);
    hubs.push(await serveHub(dir, lastSeq));
  }
  const pulls: number[] = [];
  const refreshes: number[] = [];
  const copies: number[] = [];
  let events = 0;
  for (let run = 0; run < RUNS; run++) {
    const pool = createPool(await freshDatabase('region_bench_ingest'));
    await migrateRegion(pool);
    const ids: number[] = [];
    for (const hub of hubs) {
      ids.push(
        (await registerOffice(pool, { hubUrl: hub.url, code: await pairingCode(hub.url), now: START })).id,
      );
    }
    const [pull] = await timed(() => Promise.all(ids.map((id) => pullOffice(pool, id, { now: Date.now }))));
    const [refresh] = await timed(() => refreshFigures(pool));
    pulls.push(pull);
    refreshes.push(refresh);
    // Each run's pairing adds one event per log: count what was stored.
    events = (await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM log.events')).rows[0]!.n;
    copies.push(await bareCopy(pool));
    await pool.end();
  }
  for (const h of hubs) {
    h.child.kill('SIGTERM');
    await once(h.child, 'exit');
  }
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  const rate = (t: number) => (events / t) * 1000;
  const pull = median(pulls);
  const total = median(pulls.map((p, i) => p + refreshes[i]!));
  const copy = median(copies);
  console.log(
    `   events: ${events} (${HUBS} logs, each hub its own process; every link verified, facts projected)`,
  );
  console.log(
    `   pull + verify + store:     ${rate(pull).toFixed(0)} events/s  (median ${ms(pull)}; runs ${pulls.map((p) => p.toFixed(0)).join(', ')})`,
  );
  console.log(`   … and figures refreshed:   ${rate(total).toFixed(0)} events/s  (median ${ms(total)})`);
  console.log(
    `   baseline bare COPY:        ${rate(copy).toFixed(0)} rows/s    (median ${ms(copy)}; runs ${copies.map((p) => p.toFixed(0)).join(', ')})`,
  );
  console.log(
    `   ratio ingest / COPY: ${(rate(total) / rate(copy)).toFixed(3)} (pull alone ${(rate(pull) / rate(copy)).toFixed(3)})`,
  );
  console.log(`   load average after: ${load()}`);
}

/** The same rows the ingest stored, copied bare into a plain table: no index, no checks. */
async function bareCopy(pool: Pool): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query(`CREATE TABLE bare_events (office_id int, seq bigint, at bigint, type text, digest bytea,
      hash bytea, purged boolean, facts jsonb)`);
    const chunks: Buffer[] = [];
    const out = client.query(copyTo('COPY (SELECT * FROM log.events) TO STDOUT'));
    for await (const chunk of out) chunks.push(chunk as Buffer);
    const [took] = await timed(() =>
      pipeline(Readable.from(chunks), client.query(copyFrom('COPY bare_events FROM STDIN'))),
    );
    return took;
  } finally {
    client.release();
  }
}

async function dashboardBench(): Promise<void> {
  console.log(
    `\n2. Dashboard: ${OFFICES} offices × the working days of 2026 × ${VISITS_PER_DAY} visits (load ${load()})`,
  );
  const pool = createPool(await freshDatabase('region_bench_year'), 4);
  await migrateRegion(pool);
  const client = await pool.connect();
  const months = Array.from({ length: 12 }, (_, m) => `2026-${String(m + 1).padStart(2, '0')}`);
  await client.query('BEGIN');
  await ensureMonthPartitions(client, { events: [], visits: months });
  await client.query('COMMIT');
  for (let o = 1; o <= OFFICES; o++) {
    await client.query(
      `INSERT INTO registry.offices (name_ko, name_en, hub_url, feed_token, registered_at, last_contact_at)
       VALUES ($1, '', $2, 'x', 0, $3)`,
      [`사무소 ${o}`, `http://office-${o}.invalid`, Date.now()],
    );
    await client.query(
      `INSERT INTO facts.charters VALUES ($1, 'inje', $2, '', 10000, 180000, 'cultureVoucher', 5000, 0)`,
      [o, `사무소 ${o}`],
    );
  }
  const [fill] = await timed(() =>
    client.query(
      `INSERT INTO facts.visits (office_id, business_day, ticket_id, department_id, desk_id, status, language,
         issued_at, arrived_at, acknowledged_at, finished_at, attend_target_ms, guide_target_ms, repeat_visit,
         repeat_staff_error, transferred_from, escort_kind, compensation_status, compensation_won, rating)
       SELECT o, d::date, extract(doy FROM d)::int * 1000 + n, 1 + n % 8, 1 + n % 16,
         CASE WHEN n % 40 = 0 THEN 'noShow' WHEN n % 97 = 0 THEN 'transferred' ELSE 'served' END, 'ko',
         r.issued, r.issued + r.guide, CASE WHEN n % 40 = 0 THEN NULL ELSE r.issued + r.guide + r.attend END,
         r.issued + r.guide + r.attend + 300000, 10000, 180000, n % 101 = 0, CASE WHEN n % 101 = 0 THEN true END,
         NULL, CASE WHEN n % 33 = 0 THEN 'escort' END, CASE WHEN n % 101 = 0 THEN 'approved' END,
         CASE WHEN n % 101 = 0 THEN 5000 END, CASE WHEN n % 3 = 0 THEN 1 + (n / 3) % 5 END
       FROM generate_series(1, ${OFFICES}) o,
            generate_series('2026-01-01'::date, '2026-12-31'::date, '1 day') d,
            generate_series(1, ${VISITS_PER_DAY}) n,
            LATERAL (SELECT (extract(epoch FROM d) * 1000)::bigint + n * 60000 AS issued,
                            (random() * 200000)::int AS guide, (random() * 12000 * (1 + o % 3))::int AS attend) r
       WHERE extract(isodow FROM d) < 6`,
    ),
  );
  // About one case per hundred visits, of every kind, a fifth still open, some answered late.
  await client.query(
    `INSERT INTO facts.cases (office_id, case_id, business_day, kind, department_id, received_at, due_at, status,
       delay_notified_at, late_delay_notice, answered_at, upheld)
     SELECT o, extract(doy FROM d)::int * 1000 + n, d::date,
       (ARRAY['complaint', 'dissatisfaction', 'unkindness', 'suggestion'])[1 + n % 4], 1 + n % 8,
       r.at, r.at + 7 * 86400000, CASE WHEN n % 5 = 0 THEN 'received' ELSE 'answered' END, NULL, false,
       CASE WHEN n % 5 = 0 THEN NULL ELSE r.at + (n % 9) * 86400000 END,
       CASE WHEN n % 4 = 3 THEN NULL ELSE n % 3 > 0 END
     FROM generate_series(1, ${OFFICES}) o,
          generate_series('2026-01-01'::date, '2026-12-31'::date, '1 day') d,
          generate_series(1, ${Math.max(1, Math.round(VISITS_PER_DAY / 100))}) n,
          LATERAL (SELECT (extract(epoch FROM d) * 1000)::bigint + n * 600000 AS at) r
     WHERE extract(isodow FROM d) < 6`,
  );
  const visits = (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM facts.visits')).rows[0]!
    .n;
  await client.query('ANALYZE facts.visits');
  await client.query('ANALYZE facts.cases');
  console.log(
    `   ${visits} visits loaded in ${(fill / 1000).toFixed(1)} s (about ${((visits * 4.4) / 1e6).toFixed(1)} M events' worth)`,
  );
  await client.query(
    `INSERT INTO figures.dirty_days SELECT DISTINCT office_id, business_day FROM facts.visits`,
  );
  client.release();
  const [rebuild] = await timed(() => refreshFigures(pool));

  const bare = `SELECT office_id, date_trunc('month', business_day) AS month, count(*),
      avg(acknowledged_at - arrived_at) FROM facts.visits GROUP BY 1, 2`;
  const settings = { bar: 0.9, silentAfterMs: 15 * 60_000 };
  const bareRuns: number[] = [];
  const monthRuns: number[] = [];
  const dayRuns: number[] = [];
  const percentileRuns: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    bareRuns.push((await timed(() => pool.query(bare)))[0]);
    monthRuns.push(
      (await timed(() => readOverview(pool, { period: 'month', month: '2026-06' }, settings, Date.now())))[0],
    );
    dayRuns.push(
      (await timed(() => readOverview(pool, { period: 'day', day: '2026-06-17' }, settings, Date.now())))[0],
    );
    // What the screen would cost without stored figures: medians and p90 over the year in SQL.
    percentileRuns.push(
      (
        await timed(() =>
          pool.query(`SELECT office_id, date_trunc('month', business_day),
              percentile_cont(0.5) WITHIN GROUP (ORDER BY acknowledged_at - arrived_at),
              percentile_disc(0.9) WITHIN GROUP (ORDER BY acknowledged_at - arrived_at),
              count(*) FILTER (WHERE acknowledged_at - arrived_at <= attend_target_ms)
            FROM facts.visits GROUP BY 1, 2`),
        )
      )[0],
    );
  }
  const b = median(bareRuns);
  console.log(
    `   baseline bare aggregate (count, avg by office and month over the year): ${ms(b)} (runs ${bareRuns.map((x) => x.toFixed(0)).join(', ')})`,
  );
  console.log(
    `   region screen, a month of 20 offices: ${ms(median(monthRuns))} — ratio ${(median(monthRuns) / b).toFixed(4)}`,
  );
  console.log(
    `   region screen, a day of 20 offices:   ${ms(median(dayRuns))} — ratio ${(median(dayRuns) / b).toFixed(4)}`,
  );
  console.log(
    `   the same figures computed in SQL on every read (percentiles, no stored figures): ${ms(median(percentileRuns))} — ratio ${(median(percentileRuns) / b).toFixed(2)}`,
  );
  console.log(
    `   rebuilding every day and month figure of the year (done once; ingest refreshes only the days it touched): ${(rebuild / 1000).toFixed(1)} s — ratio ${(rebuild / b).toFixed(1)}`,
  );

  // Does partitioning by month pay? The refresh reads one office's month; compare with a plain table.
  const c2 = await pool.connect();
  await c2.query('CREATE TABLE plain_visits AS SELECT * FROM facts.visits');
  await c2.query('ALTER TABLE plain_visits ADD PRIMARY KEY (office_id, business_day, ticket_id)');
  await c2.query('ANALYZE plain_visits');
  const monthRead = (table: string) =>
    c2.query(
      `SELECT * FROM ${table} WHERE office_id = 7 AND business_day BETWEEN '2026-06-01' AND '2026-06-30'`,
    );
  const partRuns: number[] = [];
  const plainRuns: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    partRuns.push((await timed(() => monthRead('facts.visits')))[0]);
    plainRuns.push((await timed(() => monthRead('plain_visits')))[0]);
  }
  const [dropPart] = await timed(() =>
    c2.query('ALTER TABLE facts.visits DETACH PARTITION facts.visits_2026_01'),
  );
  const [deletePlain] = await timed(() =>
    c2.query(`DELETE FROM plain_visits WHERE business_day < '2026-02-01'`),
  );
  c2.release();
  console.log(
    `   one office's month (what a refresh reads): partitioned ${ms(median(partRuns))}, plain table ${ms(median(plainRuns))}`,
  );
  console.log(
    `   retiring January: detach its partition ${ms(dropPart)}, DELETE from the plain table ${ms(deletePlain)}`,
  );
  const sizes = await pool.query<{ name: string; size: string }>(
    `SELECT 'facts.visits' AS name, pg_size_pretty(sum(pg_total_relation_size(inhrelid))) AS size
     FROM pg_inherits WHERE inhparent = 'facts.visits'::regclass`,
  );
  console.log(`   facts.visits on disk: ${sizes.rows[0]!.size}; load average after: ${load()}`);
  await pool.end();
}

await ingestBench();
await dashboardBench();
