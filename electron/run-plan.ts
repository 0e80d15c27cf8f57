import type { AppConfig, LoadedConfig } from './app-config';
import type { LaunchArgs } from './launch-args';

/** What this start does: the first-run setup, or the installation the config (and flags) describe. */
export type RunPlan = { kind: 'setup' } | { kind: 'run'; config: AppConfig };

/** `npm start` and a quick trial on a hub already running: a kiosk and a desk on the first monitor. */
const trialWindows: AppConfig['windows'] = [
  { role: 'kiosk', display: 0 },
  { role: 'desk', display: 0 },
];

/**
 * Launch flags override the file: `--hub-url` makes this a client of that hub (keeping the file's
 * windows, and its device token only if it was paired with that very hub), and `--paper` and
 * `--printer` replace the kiosk's printer settings. With neither a file nor `--hub-url` this is a
 * first run.
 */
export function planRun(loaded: LoadedConfig, args: LaunchArgs): RunPlan {
  const file = loaded.kind === 'found' ? loaded.config : null;
  if (!file && args.hubUrl === null) return { kind: 'setup' };
  const base: AppConfig =
    args.hubUrl === null
      ? file!
      : {
          version: 1,
          mode: 'client',
          hubUrl: args.hubUrl,
          device: file?.mode === 'client' && file.hubUrl === args.hubUrl ? file.device : undefined,
          windows: file?.windows ?? trialWindows,
          printer: file?.printer ?? { name: null, paperWidthMm: 80 },
        };
  return {
    kind: 'run',
    config: {
      ...base,
      printer: {
        name: args.printerName ?? base.printer.name,
        paperWidthMm: args.paperWidthMm ?? base.printer.paperWidthMm,
      },
    },
  };
}
