import { businessDay } from '../../shared/time/business-day';
import type { Clock } from '../hub/clock';
import type { PurgeResult } from './visit-purge';

export type RetentionService = {
  /**
   * Purges once per business day, a day of visits per transaction, letting waiting commands
   * run between them; the hub calls this at start and every hour, after the backup.
   */
  runIfDue(): Promise<PurgeResult[]>;
  /** Stops a run between two days (the hub is closing); the next run goes on from there. */
  stop(): void;
};

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** `purgeDay` purges the earliest day due and returns null once nothing is due. */
export function createRetentionService(
  purgeDay: () => PurgeResult | null,
  clock: Clock,
  pause: () => Promise<void> = nextTurn,
): RetentionService {
  let doneFor: string | null = null;
  let stopped = false;
  return {
    async runIfDue() {
      const today = businessDay(clock.now());
      if (today === doneFor) return [];
      const purged: PurgeResult[] = [];
      for (let day = purgeDay(); day !== null; day = purgeDay()) {
        purged.push(day);
        await pause();
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
