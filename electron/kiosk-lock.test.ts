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
    expect(lock.blocks(ctrlR, 'kiosk')).toBe(true);
  });

  it('asks for the PIN on the gesture, once, and a cancelled dialog leaves it locked', () => {
    const { lock } = lockAt();
    expect(lock.requestUnlock('kiosk')).toBe(true);
    expect(lock.requestUnlock('kiosk')).toBe(false);
    expect(lock.blocks(ctrlR, 'kiosk')).toBe(true);
    lock.cancel();
    expect(lock.state()).toEqual({ kind: 'locked' });
  });

  it('unlocks the kiosk for five minutes on a PIN typed at the kiosk, then locks by itself', () => {
    const { clock, lock } = lockAt();
    lock.requestUnlock('kiosk');
    expect(lock.pinAccepted()).toEqual({ until: clock.now + UNLOCK_MS, from: 'kiosk' });
    expect(lock.isReleased('kiosk')).toBe(true);
    expect(lock.blocks(ctrlR, 'kiosk')).toBe(false);
    clock.now += UNLOCK_MS - 1;
    expect(lock.msUntilRelock()).toBe(1);
    expect(lock.blocks(ctrlR, 'kiosk')).toBe(false);
    clock.now += 1;
    expect(lock.isUnlocked()).toBe(false);
    expect(lock.isReleased('kiosk')).toBe(false);
    expect(lock.msUntilRelock()).toBeNull();
    expect(lock.blocks(ctrlR, 'kiosk')).toBe(true);
    expect(lock.requestUnlock('kiosk')).toBe(true);
  });

  it('keeps the kiosk locked down when a manager unlocks from a desk window', () => {
    const { lock } = lockAt();
    lock.requestUnlock('desk');
    expect(lock.pinAccepted()).toMatchObject({ from: 'desk' });
    // The manager may open setup, but the kiosk beside the desk keeps its keys and its kiosk mode.
    expect(lock.isUnlocked()).toBe(true);
    expect(lock.isReleased('kiosk')).toBe(false);
    expect(lock.blocks(ctrlR, 'kiosk')).toBe(true);
    expect(lock.isReleased('desk')).toBe(true);
  });

  it('ignores a PIN acceptance it did not ask for', () => {
    const { lock } = lockAt();
    expect(lock.pinAccepted()).toBeNull();
    expect(lock.isUnlocked()).toBe(false);
  });

  it('does not ask again while unlocked, and locks at once when told', () => {
    const { lock } = lockAt();
    lock.requestUnlock('kiosk');
    lock.pinAccepted();
    expect(lock.requestUnlock('kiosk')).toBe(false);
    lock.lockNow();
    expect(lock.blocks(ctrlR, 'kiosk')).toBe(true);
  });
});
