import type { Client } from './pool';

const SEOUL_OFFSET_MS = 9 * 60 * 60 * 1000;

/** "2026-11" for a Seoul business day or a time: the month a partition holds. */
export function monthOfDay(day: string): string {
  return day.slice(0, 7);
}

export function monthOfTime(ms: number): string {
  return new Date(ms + SEOUL_OFFSET_MS).toISOString().slice(0, 7);
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The first millisecond of a Seoul month. */
function monthStartMs(month: string): number {
  return Date.parse(`${month}-01T00:00:00Z`) - SEOUL_OFFSET_MS;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Fixed: serializes partition creation between region processes. */
const PARTITION_LOCK = 1_605_160_002;

/**
 * Makes sure the month partitions of the event log (by event time) and of the visits (by business
 * day) exist before rows for those months arrive. Created in the caller's transaction under a
 * lock, so two ingests racing for a new month cannot both try; a page touches one or two months,
 * so looking them up each time costs a few catalog reads.
 */
export async function ensureMonthPartitions(
  client: Client,
  months: { events: Iterable<string>; visits: Iterable<string> },
): Promise<void> {
  const wanted: { table: 'log.events' | 'facts.visits'; month: string }[] = [];
  for (const month of new Set(months.events)) wanted.push({ table: 'log.events', month });
  for (const month of new Set(months.visits)) wanted.push({ table: 'facts.visits', month });
  let locked = false;
  for (const { table, month } of wanted) {
    if (!MONTH.test(month)) throw new Error(`not a month: ${month}`);
    const name = `${table}_${month.replace('-', '_')}`;
    if (await partitionExists(client, name)) continue;
    if (!locked) {
      await client.query('SELECT pg_advisory_xact_lock($1)', [PARTITION_LOCK]);
      locked = true;
    }
    const next = nextMonth(month);
    // Bounds are literals checked by the pattern above; DDL takes no parameters.
    const bounds =
      table === 'log.events'
        ? `FROM (${monthStartMs(month)}) TO (${monthStartMs(next)})`
        : `FROM ('${month}-01') TO ('${next}-01')`;
    // IF NOT EXISTS: the look-up above may have read a catalog from before another process made it.
    await client.query(`CREATE TABLE IF NOT EXISTS ${name} PARTITION OF ${table} FOR VALUES ${bounds}`);
  }
}

async function partitionExists(client: Client, name: string): Promise<boolean> {
  const found = await client.query<{ found: string | null }>('SELECT to_regclass($1)::text AS found', [name]);
  return found.rows[0]?.found != null;
}
