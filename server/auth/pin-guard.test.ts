import { describe, expect, it } from 'vitest';
import { createPinGuard, LOCK_MS, MAX_WRONG_PINS } from './pin-guard';

describe('the PIN guard', () => {
  it('locks an id after repeated wrong PINs and unlocks it after the lock time', () => {
    let now = 0;
    const guard = createPinGuard(() => now);
    for (let i = 0; i < MAX_WRONG_PINS - 1; i++) guard.recordWrong('desk.kim');
    expect(guard.lockedFor('desk.kim')).toBe(0);
    guard.recordWrong('desk.kim');
    expect(guard.lockedFor('desk.kim')).toBe(LOCK_MS);
    expect(guard.lockedFor('manager.lee')).toBe(0);
    now += LOCK_MS;
    expect(guard.lockedFor('desk.kim')).toBe(0);
  });

  it('forgets earlier mistakes after a right PIN', () => {
    const guard = createPinGuard(() => 0);
    for (let i = 0; i < MAX_WRONG_PINS - 1; i++) guard.recordWrong('desk.kim');
    guard.recordRight('desk.kim');
    guard.recordWrong('desk.kim');
    expect(guard.lockedFor('desk.kim')).toBe(0);
  });
});

describe('an escalating guard', () => {
  it('locks for twice as long each time until a right try, up to a day', () => {
    let now = 0;
    const guard = createPinGuard(() => now, { maxWrong: 10, escalate: true });
    const lockAfterTenWrong = () => {
      for (let i = 0; i < 10; i++) guard.recordWrong('10.0.0.7');
      const locked = guard.lockedFor('10.0.0.7');
      now += locked;
      return locked;
    };
    expect(lockAfterTenWrong()).toBe(LOCK_MS);
    expect(lockAfterTenWrong()).toBe(2 * LOCK_MS);
    expect(lockAfterTenWrong()).toBe(4 * LOCK_MS);
    for (let i = 0; i < 6; i++) lockAfterTenWrong();
    expect(lockAfterTenWrong()).toBe(24 * 60 * 60 * 1000);
    guard.recordRight('10.0.0.7');
    expect(lockAfterTenWrong()).toBe(LOCK_MS);
  });
});
