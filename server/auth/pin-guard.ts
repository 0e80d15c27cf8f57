/** After this many wrong PINs in a row for one staff id, sign-in is refused for a while. */
export const MAX_WRONG_PINS = 5;
export const LOCK_MS = 5 * 60 * 1000;
/** Wrong PINs in a row from one address, whatever the ids, that lock the address. */
export const MAX_WRONG_PINS_PER_ADDRESS = 10;
/** An escalating lock doubles up to this: a day. */
const MAX_LOCK_MS = 24 * 60 * 60 * 1000;

type Attempts = { wrong: number; lockedUntil: number; locks: number };

export type GuardOptions = {
  /** Wrong tries in a row that lock the key. */
  maxWrong?: number;
  /** Each further lock of the same key, without a right try between, lasts twice as long. */
  escalate?: boolean;
};

/**
 * Counts wrong tries per key (a staff id, or an address). Kept in memory: a refused sign-in must
 * change nothing in the database, and only the hub process answers sign-ins, so a restart is the
 * only reset.
 */
export function createPinGuard(
  now: () => number,
  { maxWrong = MAX_WRONG_PINS, escalate = false }: GuardOptions = {},
) {
  const attempts = new Map<string, Attempts>();
  return {
    /** Milliseconds until the key may try again; 0 when it may now. */
    lockedFor(key: string): number {
      const a = attempts.get(key);
      return a ? Math.max(0, a.lockedUntil - now()) : 0;
    },
    recordWrong(key: string): void {
      const a = attempts.get(key) ?? { wrong: 0, lockedUntil: 0, locks: 0 };
      a.wrong += 1;
      if (a.wrong >= maxWrong) {
        a.wrong = 0;
        a.lockedUntil = now() + (escalate ? Math.min(MAX_LOCK_MS, LOCK_MS * 2 ** a.locks) : LOCK_MS);
        a.locks += 1;
      }
      attempts.set(key, a);
    },
    recordRight(key: string): void {
      attempts.delete(key);
    },
  };
}
export type PinGuard = ReturnType<typeof createPinGuard>;
