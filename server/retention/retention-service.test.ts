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
      if (fail) return Promise.reject(new Error('disk full'));
      return Promise.resolve(due.shift() ?? null);
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

  it('purges a backlog a day at a time, pausing after each step as long as it took', async () => {
    const clock = { now: () => startOfBusinessDay('2027-11-23') };
    const due = ['2026-11-02', '2026-11-03'].map(day);
    const log: string[] = [];
    const service = createRetentionService(
      async (pause) => {
        const next = due[0];
        if (!next) {
          log.push('nothing due');
          return null;
        }
        for (const [step, ms] of [
          ['summaries', 4],
          ['deletes', 7],
        ] as const) {
          log.push(`${step} ${next.throughDay}`);
          await pause(ms);
        }
        return due.shift()!;
      },
      clock,
      (busyMs) => {
        log.push(`pause ${busyMs}`);
        return Promise.resolve();
      },
    );
    expect((await service.runIfDue()).map((d) => d.throughDay)).toEqual(['2026-11-02', '2026-11-03']);
    expect(log).toEqual([
      'summaries 2026-11-02',
      'pause 4',
      'deletes 2026-11-02',
      'pause 7',
      'summaries 2026-11-03',
      'pause 4',
      'deletes 2026-11-03',
      'pause 7',
      'nothing due',
    ]);
  });

  it('stops between two steps when the hub closes, leaving the rest due for the next start', async () => {
    const clock = { now: () => startOfBusinessDay('2027-11-23') };
    const due = ['2026-11-02', '2026-11-03', '2026-11-04'].map(day);
    const steps: string[] = [];
    let pauses = 0;
    const service = createRetentionService(
      async (pause) => {
        const next = due[0];
        if (!next) return null;
        steps.push(`summaries ${next.throughDay}`);
        await pause(1);
        steps.push(`deletes ${next.throughDay}`);
        await pause(1);
        return due.shift()!;
      },
      clock,
      () => {
        pauses += 1;
        // The hub closes during the second day's first pause.
        if (pauses === 3) service.stop();
        return Promise.resolve();
      },
    );
    expect(await service.runIfDue()).toEqual([day('2026-11-02')]);
    expect(steps).toEqual(['summaries 2026-11-02', 'deletes 2026-11-02', 'summaries 2026-11-03']);
    expect(due.map((d) => d.throughDay)).toEqual(['2026-11-03', '2026-11-04']);
  });
});
