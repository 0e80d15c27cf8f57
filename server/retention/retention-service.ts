import { performance } from 'node:perf_hooks';
import { businessDay } from '../../shared/time/business-day';
import type { Clock } from '../hub/clock';
import type { PurgeResult } from './visit-purge';

export type RetentionService = {
  /**
   * Purges once per business day, a day of visits per transaction, giving the screens' requests
   * as much time between two days as the last day took; the hub calls this at start and every
   * hour, after the backup.
   */
  runIfDue(): Promise<PurgeResult[]>;
  /** Stops a run between two days (the hub is closing); the next run goes on from there. */
  stop(): void;
};

/**
 * As long as the day just purged took: a request needs several turns of the event loop (parsing,
 * hooks, the answer), and with only a turn between two days it waited behind a day's purge at
 * each of them — seconds, on a start with a backlog. Half the hub's time stays the screens'.
 */
const yieldAsLong = (busyMs: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.max(1, Math.ceil(busyMs))));

/** `purgeDay` purges the earliest day due and returns null once nothing is due. */
export function createRetentionService(
  purgeDay: () => PurgeResult | null,
  clock: Clock,
  pause: (busyMs: number) => Promise<void> = yieldAsLong,
): RetentionService {
  let doneFor: string | null = null;
  let stopped = false;
  return {
    async runIfDue() {
      const today = businessDay(clock.now());
      if (today === doneFor) return [];
      const purged: PurgeResult[] = [];
      for (;;) {
        const started = performance.now();
        const day = purgeDay();
        if (day === null) break;
        purged.push(day);
        await pause(performance.now() - started);
        if (stopped) return purged;
      }
      // Only a run that went through counts: a failed one is tried again the next hour.
      doneFor = today;
      return purged;
    },
    stop() {
      stopped = true;
    },
  };
}
