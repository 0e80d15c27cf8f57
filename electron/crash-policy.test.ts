import { describe, expect, it } from 'vitest';
import { createCrashPolicy } from './crash-policy';

describe('after a screen crashes', () => {
  it('reloads it at once, then waits longer each time it crashes again, never restarting the app', () => {
    let now = 0;
    const policy = createCrashPolicy({ now: () => now });
    const waits: number[] = [];
    for (let crash = 0; crash < 8; crash++) {
      waits.push(policy.onCrash());
      now += 1_000;
    }
    expect(waits).toEqual([0, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000]);
  });

  it('forgets crashes older than its window', () => {
    let now = 0;
    const policy = createCrashPolicy({ now: () => now, withinMs: 60_000 });
    expect(policy.onCrash()).toBe(0);
    now = 30_000;
    expect(policy.onCrash()).toBe(2_000);
    now = 100_000;
    expect(policy.onCrash()).toBe(0);
  });
});
