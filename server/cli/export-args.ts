import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { reportQuery, type ReportFormat } from '../../shared/contract/reports';

export type ExportArgs = { dataDir: string; from: string; to: string; format: ReportFormat; out: string };

export const EXPORT_USAGE =
  'usage: npm run export -- --data DIR --from YYYY-MM-DD [--to YYYY-MM-DD] --format csv|xlsx|pdf --out FILE';

/** Throws an Error whose message is fit to print when the arguments are wrong. */
export function parseExportArgs(argv: string[], cwd: string): ExportArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string', default: '.data' },
      from: { type: 'string' },
      to: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (!values.out) throw new Error('--out FILE is required');
  const query = reportQuery.safeParse({ from: values.from, to: values.to, format: values.format });
  if (!query.success) {
    throw new Error(`--from, --to and --format: ${query.error.issues.map((i) => i.message).join('; ')}`);
  }
  return { dataDir: resolve(cwd, values.data), ...query.data, out: resolve(cwd, values.out) };
}
