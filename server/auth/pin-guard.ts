/** After this many wrong PINs in a row for one staff id, sign-in is refused for a while. */
export const MAX_WRONG_PINS = 5;
export const LOCK_MS = 5 * 60 * 1000;

type Attempts = { wrong: number; lockedUntil: number };

/**
 * Counts wrong PINs per staff id. Kept in memory: a refused sign-in must change nothing in
 * the database, and only the hub process answers sign-ins, so a restart is the only reset.
 */
export function createPinGuard(now: () => number) {
  const attempts = new Map<string, Attempts>();
  return {
    /** Milliseconds until the id may try again; 0 when it may now. */
    lockedFor(login: string): number {
      const a = attempts.get(login);
      return a ? Math.max(0, a.lockedUntil - now()) : 0;
    },
    recordWrong(login: string): void {
      const a = attempts.get(login) ?? { wrong: 0, lockedUntil: 0 };
      a.wrong += 1;
      if (a.wrong >= MAX_WRONG_PINS) {
        a.wrong = 0;
        a.lockedUntil = now() + LOCK_MS;
      }
      attempts.set(login, a);
    },
    recordRight(login: string): void {
      attempts.delete(login);
    },
  };
}
export type PinGuard = ReturnType<typeof createPinGuard>;
