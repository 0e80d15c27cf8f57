export type LaunchArgs = {
  /** Use a hub that is already running (on this PC or the office LAN) instead of starting one. */
  hubUrl: string | null;
  demo: boolean;
};

/** Reads `--hub-url=URL` (or `--hub-url URL`) and `--demo` from Electron's argv. */
export function parseLaunchArgs(argv: readonly string[]): LaunchArgs {
  let hubUrl: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--hub-url') hubUrl = argv[i + 1] ?? null;
    else if (arg.startsWith('--hub-url=')) hubUrl = arg.slice('--hub-url='.length);
  }
  if (hubUrl !== null) {
    const url = new URL(hubUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new Error(`--hub-url must be http(s): ${hubUrl}`);
    hubUrl = url.origin;
  }
  return { hubUrl, demo: argv.includes('--demo') };
}
