import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { exportVisits } from '../export/export-report';
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
  // Reads on its own read-only connection, so a running hub may keep serving meanwhile.
  const visits = await exportVisits(join(args.dataDir, DATABASE_FILE), args, out, Date.now());
  await finished;
  console.log(
    `${visits} visits of ${args.from}${args.to === args.from ? '' : ` to ${args.to}`} → ${args.out}`,
  );
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
