import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../db/open-database';
import { exportVisits } from '../export/export-report';
import { systemClock } from '../hub/clock';
import { createHub } from '../hub/hub';
import { DATABASE_FILE } from '../start-hub';
import { EXPORT_USAGE, parseExportArgs, type ExportArgs } from './export-args';

async function main(): Promise<void> {
  let args: ExportArgs;
  try {
    args = parseExportArgs(process.argv.slice(2), process.cwd());
  } catch (error) {
    console.error(`${(error as Error).message}\n${EXPORT_USAGE}`);
    process.exit(2);
  }
  const out = createWriteStream(args.out);
  const finished = new Promise<void>((resolve, reject) => {
    out.on('close', resolve);
    out.on('error', reject);
  });
  const dbFile = join(args.dataDir, DATABASE_FILE);
  // A hub stopped since before midnight has not closed the day yet: starting one does (and stops).
  createHub({ db: openDatabase(dbFile), clock: systemClock }).close();
  // Reads on its own read-only connection, so a running hub may keep serving meanwhile.
  const visits = await exportVisits(dbFile, args, out, Date.now());
  await finished;
  console.log(
    `${visits} visits of ${args.from}${args.to === args.from ? '' : ` to ${args.to}`} → ${args.out}`,
  );
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
