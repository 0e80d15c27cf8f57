import { paperWidthsMm, type PaperWidthMm } from './print-options';

/** Command-line overrides of the config file; null where not given. */
export type LaunchArgs = {
  /** Use a hub that is already running (on this PC or the office LAN) instead of the config's. */
  hubUrl: string | null;
  demo: boolean;
  /** The kiosk's roll paper (80 or 58 mm) and printer. */
  paperWidthMm: PaperWidthMm | null;
  printerName: string | null;
  /** The config file to use instead of the one in Electron's userData folder. */
  configPath: string | null;
};

function option(argv: readonly string[], name: string): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === `--${name}`) return argv[i + 1] ?? null;
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  return null;
}

/** Reads `--hub-url`, `--demo`, `--paper`, `--printer` and `--config` (as `--x=v` or `--x v`). */
export function parseLaunchArgs(argv: readonly string[]): LaunchArgs {
  let hubUrl = option(argv, 'hub-url');
  const paperText = option(argv, 'paper');
  const paper = paperText === null ? null : Number(paperText);
  if (paper !== null && !(paperWidthsMm as readonly number[]).includes(paper))
    throw new Error(`--paper must be 80 or 58, not ${paperText ?? ''}`);
  if (hubUrl !== null) {
    const url = new URL(hubUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new Error(`--hub-url must be http(s): ${hubUrl}`);
    hubUrl = url.origin;
  }
  return {
    hubUrl,
    demo: argv.includes('--demo'),
    paperWidthMm: paper as PaperWidthMm | null,
    printerName: option(argv, 'printer'),
    configPath: option(argv, 'config'),
  };
}
