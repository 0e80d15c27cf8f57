import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

export type ServeArgs = {
  port: number;
  dataDir: string;
  demo: boolean;
  backupDir?: string;
  keepBackups: number;
  lan: boolean;
  log: boolean;
  /** Names the office reaches the hub by, besides its addresses (DNS or hosts-file names). */
  hostNames: string[];
};

export const SERVE_USAGE =
  'usage: npm run serve -- [--port N] [--data DIR] [--demo] [--lan] [--log] [--backup-dir DIR] [--keep-backups N] [--host-name NAME]…';

/** Throws an Error whose message is fit to print when the arguments are wrong. */
export function parseServeArgs(argv: string[], cwd: string): ServeArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '4310' },
      data: { type: 'string', default: '.data' },
      demo: { type: 'boolean', default: false },
      lan: { type: 'boolean', default: false },
      log: { type: 'boolean', default: false },
      'backup-dir': { type: 'string' },
      'keep-backups': { type: 'string', default: '14' },
      'host-name': { type: 'string', multiple: true, default: [] },
    },
    strict: true,
    allowPositionals: false,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535, not "${values.port}"`);
  }
  const keepBackups = Number(values['keep-backups']);
  if (!Number.isInteger(keepBackups) || keepBackups < 1) {
    throw new Error(`--keep-backups must be a whole number of at least 1, not "${values['keep-backups']}"`);
  }
  for (const name of values['host-name']) {
    if (!/^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$/i.test(name)) {
      throw new Error(`--host-name must be a host name such as minwon-hub.local, not "${name}"`);
    }
  }
  const backupDir = values['backup-dir'] === undefined ? undefined : resolve(cwd, values['backup-dir']);
  return {
    port,
    dataDir: resolve(cwd, values.data),
    demo: values.demo,
    lan: values.lan,
    log: values.log,
    hostNames: values['host-name'],
    keepBackups,
    ...(backupDir ? { backupDir } : {}),
  };
}
