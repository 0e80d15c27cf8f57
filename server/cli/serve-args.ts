import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

export type ServeArgs = { port: number; dataDir: string; demo: boolean };

export const SERVE_USAGE = 'usage: npm run serve -- [--port N] [--data DIR] [--demo]';

/** Throws an Error whose message is fit to print when the arguments are wrong. */
export function parseServeArgs(argv: string[], cwd: string): ServeArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '4310' },
      data: { type: 'string', default: '.data' },
      demo: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535, not "${values.port}"`);
  }
  return { port, dataDir: resolve(cwd, values.data), demo: values.demo };
}
