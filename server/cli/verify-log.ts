import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { verifyEventChain } from '../../db/event-chain';
import { openReadOnly } from '../../db/open-database';
import { checkProjections, type ProjectionDifference } from '../audit/projection-check';
import { DATABASE_FILE } from '../start-hub';

const SEOUL_OFFSET_MS = 9 * 60 * 60 * 1000;

/** A stored value as an office manager reads it: times in Seoul time, text quoted. */
function shown(value: unknown, column: string): string {
  if (typeof value === 'number' && /(_at|At)$/.test(column)) {
    return `${new Date(value + SEOUL_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ')} (Seoul)`;
  }
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

function describe(d: ProjectionDifference): string {
  const where = `table ${d.table}, row ${d.key}`;
  if (d.column === null) {
    return d.stored
      ? `${where} is in the table, but no event made it`
      : `${where} is missing from the table, though the log made it`;
  }
  return `${where}, column ${d.column}: the table holds ${shown(d.stored, d.column)}, the log says ${shown(d.replayed, d.column)}`;
}

// `npm run verify-log -- --data DIR`: exit 0 when every link of the event log holds and the
// tables agree with what the log says, 1 with the first broken link or edited row otherwise.
try {
  const { values } = parseArgs({ options: { data: { type: 'string', default: '.data' } }, strict: true });
  const db = openReadOnly(join(values.data, DATABASE_FILE));
  const verdict = verifyEventChain(db);
  // A broken log is no account to hold the tables against.
  const tables = verdict.ok ? checkProjections(db) : null;
  db.close();
  if (verdict.ok) {
    // A payload removed by the retention purge is no fault: its digest still holds the chain.
    const purged = verdict.redacted > 0 ? `; ${verdict.redacted} with visit details purged` : '';
    console.log(
      `ok: ${verdict.events} events, chain intact; last event ${verdict.lastSeq}, hash ${verdict.lastHash}${purged}`,
    );
  } else {
    console.log(
      `BROKEN at event ${verdict.brokenAt}: ${verdict.reason} (${verdict.events} events before it hold)`,
    );
    process.exitCode = 1;
  }
  if (tables?.first) {
    const more =
      tables.differences > 1 ? ` (${tables.differences} differences in all; the first is shown)` : '';
    console.log(`EDITED: ${describe(tables.first)}${more}`);
    process.exitCode = 1;
  } else if (tables) {
    console.log(
      `ok: the tables agree with the log (${tables.rows} rows of ${tables.tables} tables replayed from the events and compared)`,
    );
  }
} catch (error) {
  console.error(`${(error as Error).message}\nusage: npm run verify-log -- --data DIR`);
  process.exitCode = 2;
}
