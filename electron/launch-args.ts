import { paperWidthsMm, type PaperWidthMm } from './print-options';

export type LaunchArgs = {
  /** Use a hub that is already running (on this PC or the office LAN) instead of starting one. */
  hubUrl: string | null;
  demo: boolean;
  /** The kiosk's roll paper (80 or 58 mm) and printer; null prints on the system's default. */
  paperWidthMm: PaperWidthMm;
  printerName: string | null;
};

function option(argv: readonly string[], name: string): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === `--${name}`) return argv[i + 1] ?? null;
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  return null;
}

/** Reads `--hub-url`, `--demo`, `--paper` and `--printer` (as `--x=v` or `--x v`) from Electron's argv. */
export function parseLaunchArgs(argv: readonly string[]): LaunchArgs {
  let hubUrl = option(argv, 'hub-url');
  const paper = Number(option(argv, 'paper') ?? 80);
  if (!(paperWidthsMm as readonly number[]).includes(paper))
    throw new Error(`--paper must be 80 or 58, not ${paper}`);
  if (hubUrl !== null) {
    const url = new URL(hubUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new Error(`--hub-url must be http(s): ${hubUrl}`);
    hubUrl = url.origin;
  }
  return {
    hubUrl,
    demo: argv.includes('--demo'),
    paperWidthMm: paper as PaperWidthMm,
    printerName: option(argv, 'printer'),
  };
}
