import { backoffDelay, SCREEN_RELOAD, type BackoffSchedule } from './retry-schedule';

/**
 * How long a window waits before reloading a screen that crashed or failed to load: not at all the
 * first time, then longer each time it happens again within `withinMs`, so a page that crashes on
 * load does not keep a core busy. Only that window reloads: the hub and the other windows go on.
 */
export function createCrashPolicy(options: {
  now: () => number;
  withinMs?: number;
  schedule?: BackoffSchedule;
}) {
  const withinMs = options.withinMs ?? 10 * 60_000;
  const schedule = options.schedule ?? SCREEN_RELOAD;
  let crashes: number[] = [];
  return {
    /** Records a crash (or failed load) now; answers the wait before reloading. */
    onCrash(): number {
      const now = options.now();
      crashes = [...crashes.filter((at) => now - at < withinMs), now];
      return crashes.length === 1 ? 0 : backoffDelay(crashes.length - 2, schedule);
    },
  };
}
