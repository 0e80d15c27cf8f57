// `npm run bench:export`: time and peak memory of the daily-log export for one day and for a
// year of visits (500,000 by default), each format in a child process of its own so its peak
// RSS is its own; the baseline is a bare SELECT of the same rows written as plain lines.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase, openReadOnly } from '../../db/open-database';
import {
  insertTicket,
  markAcknowledged,
  markCalled,
  markFinished,
  nextTicketSequence,
} from '../../db/tickets';
import { createHub } from '../../server/hub/hub';
import { seedDemoOffice } from '../../server/demo/inje-office';
import { exportVisits } from '../../server/export/export-report';
import { businessDay, startOfBusinessDay } from '../../shared/time/business-day';
import { createFakeClock } from '../support/fake-clock';

const YEAR_VISITS = Number(process.env.BENCH_VISITS ?? 500_000);
const DAYS = 250; // working days in a year
const DAY_MS = 86_400_000;

async function waitClosed(stream: NodeJS.WritableStream): Promise<void> {
  await new Promise<void>((resolve) => stream.on('close', () => resolve()));
}

/** The floor to compare with: the same rows read bare and written as JSON lines. */
async function baseline(dbFile: string, from: string, to: string, out: string): Promise<number> {
  const db = openReadOnly(dbFile);
  const stream = createWriteStream(out);
  let rows = 0;
  for (const row of db
    .prepare('SELECT * FROM tickets WHERE business_day BETWEEN ? AND ?')
    .iterate(from, to)) {
    if (!stream.write(JSON.stringify(row) + '\n'))
      await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
    rows += 1;
  }
  db.close();
  stream.end();
  await waitClosed(stream);
  return rows;
}

async function child(dbFile: string, from: string, to: string, format: string, out: string): Promise<void> {
  const start = performance.now();
  let visits: number;
  if (format === 'baseline') {
    visits = await baseline(dbFile, from, to, out);
  } else {
    const stream = createWriteStream(out);
    const closed = waitClosed(stream);
    visits = await exportVisits(dbFile, { from, to, format: format as 'csv' }, stream, Date.now());
    await closed;
  }
  const seconds = (performance.now() - start) / 1000;
  console.log(JSON.stringify({ visits, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

type ChildResult = { visits: number; seconds: number; maxRssMb: number };

function runChild(dbFile: string, from: string, to: string, format: string, out: string): ChildResult {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', import.meta.filename, 'child', dbFile, from, to, format, out],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as ChildResult;
}

function seed(dir: string): { dbFile: string; first: string; last: string } {
  const dbFile = join(dir, 'office.db');
  const db = openDatabase(dbFile);
  const clock = createFakeClock(Date.parse('2025-11-24T00:00:00Z'));
  const hub = createHub({ db, clock });
  seedDemoOffice(hub);
  db.pragma('synchronous = OFF');
  const perDay = Math.ceil(YEAR_VISITS / DAYS);
  const desks = hub.office().desks;
  let made = 0;
  let day = clock.now();
  const days: string[] = [];
  for (let d = 0; made < YEAR_VISITS; d++) {
    const dayStart = startOfBusinessDay(businessDay(day)) + 9 * 3_600_000;
    const name = businessDay(dayStart);
    days.push(name);
    // Seeded through db/ directly, one transaction a day: the export reads projections only.
    db.transaction(() => {
      for (let i = 0; i < perDay && made < YEAR_VISITS; i++, made++) {
        const desk = desks[i % desks.length]!;
        const issuedAt = dayStart + i * 3_000;
        const sequence = nextTicketSequence(db, desk.departmentId, name);
        const code = String(100_000_000 + made);
        const t = insertTicket(
          db,
          {
            departmentId: desk.departmentId,
            businessDay: name,
            sequence,
            number: `A${sequence}`,
            language: 'ko',
            taskId: null,
            issuedAt,
            attendTargetMs: 10_000,
            guideTargetMs: null,
            warningShare: 0.7,
            note: null,
            repeatOfTicketId: null,
            transferredFromTicketId: null,
            priorityNeed: null,
            firstTicketId: null,
          },
          () => code,
        );
        markCalled(db, t.id, desk.id, issuedAt + 60_000 + (i % 7) * 10_000);
        markAcknowledged(db, t.id, issuedAt + 60_000 + (i % 7) * 10_000 + (i % 15) * 1_000, null);
        markFinished(db, t.id, i % 20 === 0 ? 'noShow' : 'served', issuedAt + 400_000, null);
      }
    })();
    day += DAY_MS;
  }
  db.pragma('synchronous = FULL');
  hub.close();
  return { dbFile, first: days[0]!, last: days.at(-1)! };
}

const [mode, ...args] = process.argv.slice(2);
if (mode === 'child') {
  const [dbFile, from, to, format, out] = args as [string, string, string, string, string];
  await child(dbFile, from, to, format, out);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'minwon-export-bench-'));
  try {
    const seedStart = performance.now();
    const { dbFile, first, last } = seed(dir);
    console.log(
      `seeded ${YEAR_VISITS} visits over ${first} … ${last} in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
    );
    for (const [label, from, to] of [
      ['one day', last, last],
      ['a year', first, last],
    ] as const) {
      const base = runChild(dbFile, from, to, 'baseline', join(dir, 'baseline.jsonl'));
      console.log(
        `\n${label}: ${base.visits} visits; baseline (bare SELECT → JSON lines) ${base.seconds.toFixed(2)} s, ` +
          `peak RSS ${base.maxRssMb.toFixed(0)} MB`,
      );
      for (const format of ['csv', 'xlsx', 'pdf']) {
        const out = join(dir, `export.${format}`);
        const r = runChild(dbFile, from, to, format, out);
        const mb = statSync(out).size / 1024 / 1024;
        console.log(
          `  ${format.padEnd(4)} ${r.seconds.toFixed(2)} s (${(r.seconds / base.seconds).toFixed(1)}× baseline), ` +
            `peak RSS ${r.maxRssMb.toFixed(0)} MB (${(r.maxRssMb / base.maxRssMb).toFixed(2)}× baseline), file ${mb.toFixed(1)} MB`,
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
