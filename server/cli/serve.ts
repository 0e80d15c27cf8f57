import { fileURLToPath } from 'node:url';
import { demoStaff } from '../demo/inje-office';
import { startHub } from '../start-hub';
import { SERVE_USAGE, parseServeArgs, type ServeArgs } from './serve-args';
import { lanAddresses } from '../http/lan-addresses';
import { officeStatusLine } from './office-status-line';
import { screenUrlLines } from './screen-urls';
import { SYSTEM } from '../hub/system-actor';

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
  if (running.seededDemo) {
    // A newcomer tries the demo at their own hour, often night in Seoul: the demo never closes.
    running.hub.execute('setOfficeHours', { week: [], alwaysOpen: true }, SYSTEM);
  }
  const office = running.hub.office();
  console.log(`Hub ready: ${running.url}  (database ${running.dbFile})`);
  if (running.seededDemo) {
    console.log(
      `Demo office created: ${office.nameKo}, ${office.departments.length} departments, open around the clock.`,
    );
    console.log(`Demo sign-ins: ${demoStaff.map((s) => `${s.login} / PIN ${s.pin}`).join(', ')}`);
  }
  console.log(officeStatusLine(office, running.url));
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
