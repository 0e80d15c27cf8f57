import { businessDay } from '../../shared/time/business-day';
import type { Clock } from '../hub/clock';
import type { PurgePause, PurgeResult } from './visit-purge';

export type RetentionService = {
  /**
   * Purges once per business day, a day of visits per call of `purgeDay`, each in steps of a few
   * milliseconds, giving the screens' requests as much time after each step as it took; the hub
   * calls this at start and every hour, after the backup.
   */
  runIfDue(): Promise<PurgeResult[]>;
  /** Stops a run after its current step (the hub is closing); the next run goes on from there. */
  stop(): void;
};

/**
 * As long as the step just done took: a request needs several turns of the event loop (parsing,
 * hooks, the answer), and with only a turn between two steps it waited behind one at each of
 * them. Half the hub's time stays the screens'.
 */
export const pauseAsLong: PurgePause = (busyMs) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.max(1, Math.ceil(busyMs))));

/** Thrown out of a purge's pause once the service is stopped: the purge ends between two steps. */
class RetentionStopped extends Error {}

/**
 * `purgeDay` purges the earliest day due, calling `pause` between its steps, and returns null
 * once nothing is due.
 */
export function createRetentionService(
  purgeDay: (pause: PurgePause) => Promise<PurgeResult | null>,
  clock: Clock,
  pause: PurgePause = pauseAsLong,
): RetentionService {
  let doneFor: string | null = null;
  let stopped = false;
  const pauseUnlessStopped: PurgePause = async (busyMs) => {
    await pause(busyMs);
    if (stopped) throw new RetentionStopped();
  };
  return {
    async runIfDue() {
      const today = businessDay(clock.now());
      if (today === doneFor) return [];
      const purged: PurgeResult[] = [];
      try {
        for (;;) {
          const day = await purgeDay(pauseUnlessStopped);
          if (day === null) break;
          purged.push(day);
        }
      } catch (error) {
        // A purge stopped between two steps is finished by the next run (see visit-purge.ts).
        if (error instanceof RetentionStopped) return purged;
        throw error;
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
