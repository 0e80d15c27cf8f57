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
