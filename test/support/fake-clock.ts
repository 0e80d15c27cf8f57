import type { Clock } from '../../server/hub/clock';

/** The hub's clock under a test's control: time moves only when the test says so. */
export type FakeClock = Clock & { set(ms: number): void; advance(ms: number): void };

export function createFakeClock(start: number = Date.parse('2026-11-23T00:30:00Z')): FakeClock {
  let current = start;
  return {
    now: () => current,
    set(ms) {
      current = ms;
    },
    advance(ms) {
      current += ms;
    },
  };
}
