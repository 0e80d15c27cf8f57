import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { verifyEventChain } from '../../db/event-chain';
import { openReadOnly } from '../../db/open-database';
import { DATABASE_FILE } from '../start-hub';

// `npm run verify-log -- --data DIR`: exit 0 when every link of the event log holds, 1 with
// the first broken one otherwise.
try {
  const { values } = parseArgs({ options: { data: { type: 'string', default: '.data' } }, strict: true });
  const db = openReadOnly(join(values.data, DATABASE_FILE));
  const verdict = verifyEventChain(db);
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
} catch (error) {
  console.error(`${(error as Error).message}\nusage: npm run verify-log -- --data DIR`);
  process.exitCode = 2;
}
