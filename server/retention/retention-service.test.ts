import { describe, expect, it } from 'vitest';
import { startOfBusinessDay } from '../../shared/time/business-day';
import { createRetentionService } from './retention-service';
import type { PurgeResult } from './visit-purge';

const day = (throughDay: string): PurgeResult => ({ throughDay, visits: 3, events: 12 });

describe('the daily retention run', () => {
  it('purges once per Seoul business day, and tries a failed purge again', async () => {
    let now = startOfBusinessDay('2027-11-23') + 60_000;
    const clock = { now: () => now };
    let due: PurgeResult[] = [day('2026-11-22')];
    let fail = true;
    let calls = 0;
    const service = createRetentionService(() => {
      calls += 1;
      if (fail) throw new Error('disk full');
      return due.shift() ?? null;
    }, clock);

    await expect(service.runIfDue()).rejects.toThrow('disk full');
    fail = false;
    now += 60 * 60 * 1000;
    expect(await service.runIfDue()).toEqual([day('2026-11-22')]);
    now += 60 * 60 * 1000;
    due = [day('2026-11-23')];
    expect(await service.runIfDue()).toEqual([]);
    now = startOfBusinessDay('2027-11-24');
    expect(await service.runIfDue()).toEqual([day('2026-11-23')]);
    expect(calls).toBe(5);
  });

  it('purges a backlog a day at a time, pausing after each day as long as it took', async () => {
    const clock = { now: () => startOfBusinessDay('2027-11-23') };
    const due = ['2026-11-02', '2026-11-03', '2026-11-04'].map(day);
    const log: string[] = [];
    const service = createRetentionService(
      () => {
        const next = due.shift() ?? null;
        log.push(next ? `purge ${next.throughDay}` : 'nothing due');
        return next;
      },
      clock,
      () => {
        log.push('turn');
        return Promise.resolve();
      },
    );
    expect((await service.runIfDue()).map((d) => d.throughDay)).toEqual([
      '2026-11-02',
      '2026-11-03',
      '2026-11-04',
    ]);
    expect(log).toEqual([
      'purge 2026-11-02',
      'turn',
      'purge 2026-11-03',
      'turn',
      'purge 2026-11-04',
      'turn',
      'nothing due',
    ]);
  });

  it('stops between two days when the hub closes, leaving the rest due for the next start', async () => {
    const clock = { now: () => startOfBusinessDay('2027-11-23') };
    const due = ['2026-11-02', '2026-11-03', '2026-11-04'].map(day);
    const service = createRetentionService(
      () => due.shift() ?? null,
      clock,
      () => {
        service.stop();
        return Promise.resolve();
      },
    );
    expect(await service.runIfDue()).toEqual([day('2026-11-02')]);
    expect(due.map((d) => d.throughDay)).toEqual(['2026-11-03', '2026-11-04']);
  });
});
