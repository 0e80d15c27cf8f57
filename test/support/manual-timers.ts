import type { Timers } from '../../electron/retry-schedule';

/**
 * Timers and a clock that move only when the test says so: `advance` runs, in time order, every
 * timer that falls due, including timers set by the timers it runs.
 */
export type ManualTimers = Timers & {
  now: () => number;
  advance: (ms: number) => Promise<void>;
  /** The waits of the timers pending now, soonest first. */
  pending: () => number[];
};

export function createManualTimers(start = 0): ManualTimers {
  let now = start;
  let nextId = 0;
  const due = new Map<number, { at: number; run: () => void }>();
  // Let promise callbacks the timers started (a probe's answer, say) settle before time moves on.
  const settle = async () => {
    for (let i = 0; i < 10; i++) await Promise.resolve();
  };
  return {
    now: () => now,
    set(run, ms) {
      const id = ++nextId;
      due.set(id, { at: now + ms, run });
      return id;
    },
    clear(handle) {
      due.delete(handle as number);
    },
    pending: () => [...due.values()].map((timer) => timer.at - now).sort((a, b) => a - b),
    async advance(ms) {
      const until = now + ms;
      await settle();
      for (;;) {
        const next = [...due.entries()].sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
        if (!next || next[1].at > until) break;
        due.delete(next[0]);
        now = next[1].at;
        next[1].run();
        await settle();
      }
      now = until;
    },
  };
}
