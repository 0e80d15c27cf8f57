import { isBlockedKioskKey, type KeyInput } from './kiosk-keys';

export const UNLOCK_MS = 5 * 60_000;

export type LockState =
  | { kind: 'locked' }
  /** The manager PIN dialog is open; only from here can a PIN unlock. */
  | { kind: 'asking' }
  | { kind: 'unlocked'; until: number };

/**
 * The kiosk's lock: visitors' escape keys are swallowed until a manager PIN, checked at the hub,
 * unlocks it for five minutes (keys pass, kiosk mode may be left, setup may be opened); then it
 * locks again by itself. Time comes from `now`, so tests move it instead of waiting.
 */
export function createKioskLock(now: () => number, unlockMs = UNLOCK_MS) {
  let state: LockState = { kind: 'locked' };
  const current = (): LockState => {
    if (state.kind === 'unlocked' && now() >= state.until) state = { kind: 'locked' };
    return state;
  };
  return {
    state: current,
    isUnlocked: () => current().kind === 'unlocked',
    /** The unlock gesture: true when the PIN dialog should open now. */
    requestUnlock(): boolean {
      if (current().kind !== 'locked') return false;
      state = { kind: 'asking' };
      return true;
    },
    /** The hub accepted a manager PIN: unlocked until the returned time. Ignored unless asked. */
    pinAccepted(): number | null {
      if (current().kind !== 'asking') return null;
      const until = now() + unlockMs;
      state = { kind: 'unlocked', until };
      return until;
    },
    /** The dialog was closed without a PIN. */
    cancel(): void {
      if (current().kind === 'asking') state = { kind: 'locked' };
    },
    lockNow(): void {
      state = { kind: 'locked' };
    },
    /** How long until it locks again by itself; null while locked. */
    msUntilRelock(): number | null {
      const s = current();
      return s.kind === 'unlocked' ? s.until - now() : null;
    },
    /** Whether the kiosk window swallows this key now. */
    blocks(input: KeyInput): boolean {
      return current().kind !== 'unlocked' && isBlockedKioskKey(input);
    },
  };
}

export type KioskLock = ReturnType<typeof createKioskLock>;
