import { describe, expect, it } from 'vitest';
import { startOfBusinessDay } from '../../shared/time/business-day';
import { createRetentionService } from './retention-service';
import type { PurgeResult } from './visit-purge';

describe('the daily retention run', () => {
  it('purges once per Seoul business day, and tries a failed purge again', () => {
    let now = startOfBusinessDay('2027-11-23') + 60_000;
    const clock = { now: () => now };
    const runs: number[] = [];
    let fail = true;
    const result: PurgeResult = { throughDay: '2026-11-22', visits: 3, events: 12 };
    const service = createRetentionService(() => {
      runs.push(now);
      if (fail) throw new Error('disk full');
      return result;
    }, clock);

    expect(() => service.runIfDue()).toThrow('disk full');
    fail = false;
    now += 60 * 60 * 1000;
    expect(service.runIfDue()).toEqual(result);
    now += 60 * 60 * 1000;
    expect(service.runIfDue()).toBeNull();
    now = startOfBusinessDay('2027-11-24');
    expect(service.runIfDue()).toEqual(result);
    expect(runs).toHaveLength(3);
  });
});
