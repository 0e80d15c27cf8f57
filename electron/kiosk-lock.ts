import { isBlockedKioskKey, type KeyInput } from './kiosk-keys';

export const UNLOCK_MS = 5 * 60_000;

/** A window of this app, as the lock tells them apart (the kiosk, a desk, a wall display …). */
export type WindowKey = string;

export type LockState =
  | { kind: 'locked' }
  /** The manager PIN dialog is open over `from`; only from here can a PIN unlock. */
  | { kind: 'asking'; from: WindowKey }
  | { kind: 'unlocked'; until: number; from: WindowKey };

/**
 * The installation's lock: visitors' escape keys are swallowed and unattended windows stay put
 * until a manager PIN, checked at the hub, unlocks it for five minutes; then it locks again by
 * itself. The window the PIN was typed in is the one released (its keys pass, it may leave kiosk
 * mode or be closed): a manager unlocking at a desk window opens setup there without freeing the
 * kiosk beside it. Time comes from `now`, so tests move it instead of waiting.
 */
export function createKioskLock(now: () => number, unlockMs = UNLOCK_MS) {
  let state: LockState = { kind: 'locked' };
  const current = (): LockState => {
    if (state.kind === 'unlocked' && now() >= state.until) state = { kind: 'locked' };
    return state;
  };
  return {
    state: current,
    /** A manager is verified (in any window): setup may open without asking again. */
    isUnlocked: () => current().kind === 'unlocked',
    /** Whether `window` itself was unlocked: its keys pass, and it may leave kiosk mode or close. */
    isReleased(window: WindowKey): boolean {
      const s = current();
      return s.kind === 'unlocked' && s.from === window;
    },
    /** The unlock gesture in `window`: true when the PIN dialog should open over it now. */
    requestUnlock(window: WindowKey): boolean {
      if (current().kind !== 'locked') return false;
      state = { kind: 'asking', from: window };
      return true;
    },
    /** The hub accepted a manager PIN: unlocked until the returned time. Ignored unless asked. */
    pinAccepted(): { until: number; from: WindowKey } | null {
      const s = current();
      if (s.kind !== 'asking') return null;
      state = { kind: 'unlocked', until: now() + unlockMs, from: s.from };
      return { until: state.until, from: s.from };
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
    /** Whether a locked-down window swallows this key now. */
    blocks(input: KeyInput, window: WindowKey): boolean {
      return !this.isReleased(window) && isBlockedKioskKey(input);
    },
  };
}

export type KioskLock = ReturnType<typeof createKioskLock>;
