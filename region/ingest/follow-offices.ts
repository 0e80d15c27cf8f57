import { listOffices } from '../db/offices';
import type { Pool } from '../db/pool';
import { refreshFigures } from '../figures/refresh-figures';
import { pullOffice, type PullOutcome } from './pull-office';

export type Follower = {
  /** Pulls every office once (a few at a time), then computes the figures that changed. */
  runOnce(): Promise<Map<number, PullOutcome>>;
  /** Stops the timer and waits for a round under way. */
  stop(): Promise<void>;
};

/** Offices pulled at once: each pull is I/O-bound, and the database takes one page at a time per office. */
const CONCURRENT_PULLS = 4;

/**
 * Follows every registered office: a round every `pollMs` (none when 0, for tests that run rounds
 * themselves). A round that is still running when the next is due is not doubled.
 */
export function followOffices(
  pool: Pool,
  options: { now: () => number; pollMs: number; onError?: (error: unknown) => void },
): Follower {
  let running: Promise<Map<number, PullOutcome>> | null = null;

  async function round(): Promise<Map<number, PullOutcome>> {
    const offices = await listOffices(pool);
    const outcomes = new Map<number, PullOutcome>();
    const queue = [...offices];
    const worker = async () => {
      for (let office = queue.shift(); office; office = queue.shift()) {
        outcomes.set(office.id, await pullOffice(pool, office.id, { now: options.now }));
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENT_PULLS, offices.length) }, worker));
    await refreshFigures(pool);
    return outcomes;
  }

  function runOnce(): Promise<Map<number, PullOutcome>> {
    running ??= round().finally(() => {
      running = null;
    });
    return running;
  }

  const timer =
    options.pollMs > 0
      ? setInterval(() => {
          runOnce().catch((error: unknown) => options.onError?.(error));
        }, options.pollMs)
      : null;

  return {
    runOnce,
    async stop() {
      if (timer) clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
