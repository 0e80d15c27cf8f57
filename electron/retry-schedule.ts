/** Waits that double from `firstMs` up to `maxMs`: 1 s, 2 s, 4 s … for the defaults below. */
export type BackoffSchedule = { firstMs: number; maxMs: number };

/** The wait before retry number `attempt` (0 for the first retry). */
export function backoffDelay(attempt: number, schedule: BackoffSchedule): number {
  // Past 2^20 every schedule here has long reached its cap; the bound keeps the power finite.
  return Math.min(schedule.maxMs, schedule.firstMs * 2 ** Math.min(Math.max(attempt, 0), 20));
}

/** A hub process that stopped is started again after these waits (it ran a while: from the start). */
export const HUB_RESTART: BackoffSchedule = { firstMs: 1_000, maxMs: 60_000 };

/** A screen that cannot reach its hub asks again after these waits; a hub PC booting later is found within 30 s. */
export const HUB_RECONNECT: BackoffSchedule = { firstMs: 1_000, maxMs: 30_000 };

/** A screen that keeps crashing or failing to load waits these before its next reload. */
export const SCREEN_RELOAD: BackoffSchedule = { firstMs: 2_000, maxMs: 60_000 };

/** Timers as a parameter, so that tests move time instead of waiting for it. */
export type Timers = {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
};

export const systemTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => {
    clearTimeout(handle as NodeJS.Timeout);
  },
};
