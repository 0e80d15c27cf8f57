import { describe, expect, it } from 'vitest';
import type { KeyInput } from './kiosk-keys';
import { createKioskLock, UNLOCK_MS } from './kiosk-lock';

const ctrlR: KeyInput = { type: 'keyDown', key: 'r', control: true, meta: false, alt: false, shift: false };

function lockAt() {
  const clock = { now: 1_000_000 };
  return { clock, lock: createKioskLock(() => clock.now) };
}

describe('the kiosk lock', () => {
  it('starts locked, swallowing escape keys', () => {
    const { lock } = lockAt();
    expect(lock.state()).toEqual({ kind: 'locked' });
    expect(lock.blocks(ctrlR)).toBe(true);
  });

  it('asks for the PIN on the gesture, once, and a cancelled dialog leaves it locked', () => {
    const { lock } = lockAt();
    expect(lock.requestUnlock()).toBe(true);
    expect(lock.requestUnlock()).toBe(false);
    expect(lock.blocks(ctrlR)).toBe(true);
    lock.cancel();
    expect(lock.state()).toEqual({ kind: 'locked' });
  });

  it('unlocks for five minutes on an accepted manager PIN, then locks by itself', () => {
    const { clock, lock } = lockAt();
    lock.requestUnlock();
    expect(lock.pinAccepted()).toBe(clock.now + UNLOCK_MS);
    expect(lock.isUnlocked()).toBe(true);
    expect(lock.blocks(ctrlR)).toBe(false);
    clock.now += UNLOCK_MS - 1;
    expect(lock.msUntilRelock()).toBe(1);
    expect(lock.blocks(ctrlR)).toBe(false);
    clock.now += 1;
    expect(lock.isUnlocked()).toBe(false);
    expect(lock.msUntilRelock()).toBeNull();
    expect(lock.blocks(ctrlR)).toBe(true);
    expect(lock.requestUnlock()).toBe(true);
  });

  it('ignores a PIN acceptance it did not ask for', () => {
    const { lock } = lockAt();
    expect(lock.pinAccepted()).toBeNull();
    expect(lock.isUnlocked()).toBe(false);
  });

  it('does not ask again while unlocked, and locks at once when told', () => {
    const { lock } = lockAt();
    lock.requestUnlock();
    lock.pinAccepted();
    expect(lock.requestUnlock()).toBe(false);
    lock.lockNow();
    expect(lock.blocks(ctrlR)).toBe(true);
  });
});
