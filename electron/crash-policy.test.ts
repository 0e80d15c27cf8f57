import { describe, expect, it } from 'vitest';
import { createCrashPolicy } from './crash-policy';

describe('after a screen crashes', () => {
  it('reloads it, and restarts the app on the third crash within a minute', () => {
    let now = 0;
    const policy = createCrashPolicy({ now: () => now });
    expect(policy.onCrash()).toBe('reload');
    now = 20_000;
    expect(policy.onCrash()).toBe('reload');
    now = 59_000;
    expect(policy.onCrash()).toBe('relaunch');
  });

  it('forgets crashes older than a minute', () => {
    let now = 0;
    const policy = createCrashPolicy({ now: () => now, limit: 2, withinMs: 60_000 });
    expect(policy.onCrash()).toBe('reload');
    now = 60_000;
    expect(policy.onCrash()).toBe('reload');
    now = 61_000;
    expect(policy.onCrash()).toBe('relaunch');
  });
});
