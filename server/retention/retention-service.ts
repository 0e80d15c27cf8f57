import { businessDay } from '../../shared/time/business-day';
import type { Clock } from '../hub/clock';
import type { PurgeResult } from './visit-purge';

export type RetentionService = {
  /** Purges once per business day; the hub calls this at start and every hour, after the backup. */
  runIfDue(): PurgeResult | null;
};

export function createRetentionService(purge: () => PurgeResult | null, clock: Clock): RetentionService {
  let doneFor: string | null = null;
  return {
    runIfDue() {
      const today = businessDay(clock.now());
      if (today === doneFor) return null;
      const result = purge();
      // Only a purge that went through counts: a failed one is tried again the next hour.
      doneFor = today;
      return result;
    },
  };
}
