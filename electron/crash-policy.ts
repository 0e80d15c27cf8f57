export type CrashAction = 'reload' | 'relaunch';

/**
 * A crashed screen is reloaded; a screen that keeps crashing (`limit` times within `withinMs`)
 * means reloading does not help, so the whole app restarts instead.
 */
export function createCrashPolicy(options: { now: () => number; limit?: number; withinMs?: number }) {
  const limit = options.limit ?? 3;
  const withinMs = options.withinMs ?? 60_000;
  let crashes: number[] = [];
  return {
    onCrash(): CrashAction {
      const now = options.now();
      crashes = [...crashes.filter((at) => now - at < withinMs), now];
      return crashes.length >= limit ? 'relaunch' : 'reload';
    },
  };
}
