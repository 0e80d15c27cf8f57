import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listOffices } from '../db/offices';
import { migrateRegion } from '../db/migrate';
import { createPool } from '../db/pool';
import { registerOffice } from '../registry/register-office';
import { DEFAULT_POLL_MS, DEFAULT_SILENT_AFTER_MS, startRegion } from '../start-region';

const USAGE = `usage:
  npm run region -- --pg URL [--port 4320] [--host 127.0.0.1] [--poll-seconds 60] [--behind-below 0.9] [--silent-minutes 15]
  npm run region -- add-office --pg URL --hub http://OFFICE-HUB:4310 --code 123456
  npm run region -- offices --pg URL
The PostgreSQL URL may also come from REGION_PG (keeps a password out of the process list).`;

const options = {
  pg: { type: 'string' },
  port: { type: 'string', default: '4320' },
  host: { type: 'string', default: '127.0.0.1' },
  'poll-seconds': { type: 'string', default: String(DEFAULT_POLL_MS / 1000) },
  'behind-below': { type: 'string', default: '0.9' },
  'silent-minutes': { type: 'string', default: String(DEFAULT_SILENT_AFTER_MS / 60_000) },
  hub: { type: 'string' },
  code: { type: 'string' },
} as const;

function numberOption(value: string, name: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max)
    throw new Error(`--${name} must be a number from ${min} to ${max}`);
  return n;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options, allowPositionals: true, strict: true });
  const command = positionals[0] ?? 'serve';
  const pgUrl = values.pg ?? process.env.REGION_PG;
  if (!pgUrl) throw new Error('--pg URL (or REGION_PG) is required');
  if (command === 'serve') {
    const region = await startRegion({
      pgUrl,
      port: numberOption(values.port, 'port', 0, 65535),
      host: values.host,
      rendererDir: resolve(import.meta.dirname, '..', '..', 'dist', 'renderer'),
      pollMs: numberOption(values['poll-seconds'], 'poll-seconds', 5, 86_400) * 1000,
      bar: numberOption(values['behind-below'], 'behind-below', 0, 1),
      silentAfterMs: numberOption(values['silent-minutes'], 'silent-minutes', 1, 100_000) * 60_000,
      onError: (error) => console.error(error),
    });
    console.log(`Region ready: ${region.url}/region`);
    void region.follower.runOnce().catch((error: unknown) => console.error(error));
    const stop = () => {
      void region.close().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return;
  }
  const pool = createPool(pgUrl, 2);
  try {
    await migrateRegion(pool);
    if (command === 'add-office') {
      if (!values.hub || !values.code) throw new Error('add-office needs --hub URL and --code NNNNNN');
      const office = await registerOffice(pool, { hubUrl: values.hub, code: values.code, now: Date.now() });
      console.log(
        `registered ${office.nameKo} (${office.hubUrl}) as office ${office.id}; the region pulls its log from now on`,
      );
    } else if (command === 'offices') {
      for (const o of await listOffices(pool)) {
        const state = o.problem
          ? `${o.problem}${o.problemSeq === null ? '' : ` at event ${o.problemSeq}`}`
          : 'ok';
        const last = o.lastEventAt === null ? 'nothing yet' : new Date(o.lastEventAt).toISOString();
        console.log(`${o.id}\t${o.nameKo}\t${o.hubUrl}\tevents ${o.lastSeq}\tlast ${last}\t${state}`);
      }
    } else {
      throw new Error(`unknown command "${command}"`);
    }
  } finally {
    await pool.end();
  }
}

main().catch((error: unknown) => {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exitCode = 2;
});
