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
};

export const SERVE_USAGE =
  'usage: npm run serve -- [--port N] [--data DIR] [--demo] [--lan] [--log] [--backup-dir DIR] [--keep-backups N]';

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
  const backupDir = values['backup-dir'] === undefined ? undefined : resolve(cwd, values['backup-dir']);
  return {
    port,
    dataDir: resolve(cwd, values.data),
    demo: values.demo,
    lan: values.lan,
    log: values.log,
    keepBackups,
    ...(backupDir ? { backupDir } : {}),
  };
}
