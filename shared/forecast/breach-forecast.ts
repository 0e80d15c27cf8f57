/**
 * 'guide': the charter's time-to-guide target (arrived − issued; 목포시 2 minutes, 밀양시 3);
 * 'wait': the office's own waiting target where the charter sets none.
 */
export type ForecastTargetKind = 'guide' | 'wait';

/**
 * What became of a warning: a visitor's clock passed the target after it ('breached'); it was
 * lifted after more desks came ('averted'); or it was lifted with no more desks and no breach
 * ('noBreach': warned for nothing). 'unwarned' records a breach no warning came before.
 */
export type ForecastOutcome = 'breached' | 'averted' | 'noBreach' | 'unwarned';

/** One warning of a department's breach, or one breach nobody was warned of; times in hub ms. */
export type BreachForecast = {
  id: number;
  departmentId: number;
  businessDay: string;
  targetKind: ForecastTargetKind;
  targetMs: number;
  madeAt: number;
  /** When the warning first expected the breach; null for an unwarned breach. */
  predictedBreachAt: number | null;
  /** When the forecast expects it now, while the warning is open. */
  expectedBreachAt: number | null;
  waiting: number;
  desksPresent: number;
  /** The fewest desks that would keep every waiting visitor within the target. */
  desksNeeded: number;
  /** Null while the warning is open. */
  outcome: ForecastOutcome | null;
  closedAt: number | null;
  /** The first visitor's clock passing the target ('breached', 'unwarned'). */
  breachAt: number | null;
  desksAtClose: number | null;
  /** A breach lasts while someone waits past the target; no warning is given meanwhile. */
  breachEndedAt: number | null;
};

/** Still to act on: a warning not yet closed, or a breach still under way. */
export function isLive(f: BreachForecast): boolean {
  return (
    f.outcome === null || ((f.outcome === 'breached' || f.outcome === 'unwarned') && f.breachEndedAt === null)
  );
}

/** A waiting visitor, in calling order, with the target their wait is held to (null: none). */
export type ForecastVisitor = { issuedAt: number; targetMs: number | null; targetKind: ForecastTargetKind };

/** A desk of the department that is present: free, or serving a visitor who arrived at `busySince`. */
export type ForecastDesk = { busySince: number | null };

export type QueueForecastInput = {
  now: number;
  waiting: readonly ForecastVisitor[];
  desks: readonly ForecastDesk[];
  /** Mean desk time per visitor (called → finished) of the latest visits; null without any. */
  cycleMs: number | null;
};

export type ExpectedBreach = { at: number; targetMs: number; targetKind: ForecastTargetKind };

export type QueueForecast = {
  /** The first moment a waiting visitor's clock is expected to pass its target; null if none is. */
  breach: ExpectedBreach | null;
  /** Visitors still waiting at or past their target: a breach under way, not a forecast. */
  pastTarget: number;
  /** The fewest desks that keep every visitor not yet past the target within it. */
  desksNeeded: number;
};

/** More desks than this on top of those present are not recommended: a breach that needs them is certain. */
export const MAX_EXTRA_DESKS = 5;

const deadline = (v: ForecastVisitor): number | null =>
  v.targetMs === null ? null : v.issuedAt + v.targetMs;

/**
 * Serves the queue in order at `desks` (each free at its time), every visitor taking `cycleMs`,
 * and returns the first deadline that passes before its visitor is called.
 */
function firstBreach(
  now: number,
  waiting: readonly ForecastVisitor[],
  freeAt: number[],
  cycleMs: number | null,
): ExpectedBreach | null {
  let found: ExpectedBreach | null = null;
  const free = [...freeAt];
  for (const visitor of waiting) {
    let calledAt = Number.POSITIVE_INFINITY;
    if (free.length > 0 && cycleMs !== null) {
      let desk = 0;
      for (let d = 1; d < free.length; d++) if (free[d]! < free[desk]!) desk = d;
      calledAt = free[desk]!;
      free[desk] = calledAt + cycleMs;
    }
    const due = deadline(visitor);
    if (due === null || due <= now || calledAt <= due) continue;
    if (found === null || due < found.at) {
      found = { at: due, targetMs: visitor.targetMs!, targetKind: visitor.targetKind };
    }
  }
  return found;
}

/**
 * When will a department's promise break if nothing changes? From the queue in calling order, the
 * desks present and the day's desk time per visitor. Without a desk time to go by, only a queue
 * with no desk present is certain to breach (nobody will be called).
 */
export function forecastQueue({ now, waiting, desks, cycleMs }: QueueForecastInput): QueueForecast {
  const pastTarget = waiting.filter((v) => {
    const due = deadline(v);
    return due !== null && due <= now;
  }).length;
  if (cycleMs === null && desks.length > 0) {
    return { breach: null, pastTarget, desksNeeded: desks.length };
  }
  const freeAt = desks.map((d) =>
    d.busySince === null || cycleMs === null ? now : Math.max(now, d.busySince + cycleMs),
  );
  const breach = firstBreach(now, waiting, freeAt, cycleMs);
  if (breach === null) return { breach, pastTarget, desksNeeded: desks.length };
  if (cycleMs === null) return { breach, pastTarget, desksNeeded: 1 };
  let needed = desks.length + 1;
  while (
    needed < desks.length + MAX_EXTRA_DESKS &&
    firstBreach(now, waiting, [...freeAt, ...Array<number>(needed - desks.length).fill(now)], cycleMs) !==
      null
  ) {
    needed += 1;
  }
  return { breach, pastTarget, desksNeeded: needed };
}
