import { fileURLToPath } from 'node:url';
import { demoStaff } from '../demo/inje-office';
import { startHub } from '../start-hub';
import { SERVE_USAGE, parseServeArgs, type ServeArgs } from './serve-args';
import { lanAddresses } from '../http/lan-addresses';
import { screenUrlLines } from './screen-urls';

const rendererDir = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

async function main(): Promise<void> {
  let args: ServeArgs;
  try {
    args = parseServeArgs(process.argv.slice(2), process.cwd());
  } catch (error) {
    console.error(`${(error as Error).message}\n${SERVE_USAGE}`);
    process.exit(2);
  }
  const { log, ...rest } = args;
  const running = await startHub({ ...rest, rendererDir, ...(log ? { log: process.stdout } : {}) });
  const office = running.hub.office();
  console.log(`Hub ready: ${running.url}  (database ${running.dbFile})`);
  if (running.seededDemo) {
    console.log(`Demo office created: ${office.nameKo}, ${office.departments.length} departments.`);
    console.log(`Demo sign-ins: ${demoStaff.map((s) => `${s.login} / PIN ${s.pin}`).join(', ')}`);
  }
  for (const line of screenUrlLines(running.url, office)) console.log(line);
  if (args.lan) {
    for (const address of args.host ? [args.host] : lanAddresses())
      console.log(
        `On the office LAN: http://${address}:${running.port}  (pair each PC from the manager screen)`,
      );
  }
  const stop = (): void => {
    void running.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
