import type { BreachForecast, ExpectedBreach, ForecastTargetKind, QueueForecast } from './breach-forecast';

/** A visitor's clock passing its target today: at issue + target, whether they were called late or still wait. */
export type BreachMoment = { at: number; targetMs: number; targetKind: ForecastTargetKind };

/** What the hub sees of a department at one look. */
export type DepartmentLook = {
  now: number;
  forecast: QueueForecast;
  waiting: number;
  desksPresent: number;
  /** Today's breaches in this department, in time order. */
  breaches: readonly BreachMoment[];
  /** The department's latest record today, if any. */
  latest: BreachForecast | null;
  /** Warn when the breach is expected within this long. */
  horizonMs: number;
  startOfDay: number;
};

type NewRecord = Omit<BreachForecast, 'id' | 'departmentId' | 'businessDay'>;

/** What the hub must do to its records after a look: at most one change per department. */
export type ForecastChange =
  | { kind: 'none' }
  | { kind: 'insert'; record: NewRecord }
  | { kind: 'update'; id: number; patch: Partial<NewRecord> };

const MINUTE = 60_000;

function firstAfter(breaches: readonly BreachMoment[], since: number, now: number): BreachMoment | null {
  return breaches.find((b) => b.at >= since && b.at <= now) ?? null;
}

function warning(look: DepartmentLook, breach: ExpectedBreach): NewRecord {
  return {
    targetKind: breach.targetKind,
    targetMs: breach.targetMs,
    madeAt: look.now,
    predictedBreachAt: breach.at,
    expectedBreachAt: breach.at,
    waiting: look.waiting,
    desksPresent: look.desksPresent,
    desksNeeded: look.forecast.desksNeeded,
    outcome: null,
    closedAt: null,
    breachAt: null,
    desksAtClose: null,
    breachEndedAt: null,
  };
}

/**
 * Keeps a department's warnings honest, one look at a time:
 * - no warning open and no breach under way: a breach since the last record is recorded as
 *   unwarned; otherwise a breach expected within the horizon opens a warning;
 * - a warning open: the first breach after it closes it as 'breached'; a forecast with no breach
 *   expected at all (not merely beyond the horizon, so a warning does not flicker) closes it as
 *   'averted' when more desks are present than when it was given, else as 'noBreach'; otherwise
 *   it follows the forecast;
 * - a breach under way (someone waiting past the target): it ends when nobody does.
 */
export function stepForecast(look: DepartmentLook): ForecastChange {
  const { latest, now, forecast } = look;
  const ongoingBreach = forecast.pastTarget > 0;

  if (latest !== null && latest.outcome === null) {
    const breach = firstAfter(look.breaches, latest.madeAt, now);
    if (breach !== null) {
      return {
        kind: 'update',
        id: latest.id,
        patch: {
          outcome: 'breached',
          closedAt: now,
          breachAt: breach.at,
          desksAtClose: look.desksPresent,
          expectedBreachAt: null,
          breachEndedAt: ongoingBreach ? null : now,
        },
      };
    }
    if (forecast.breach === null) {
      return {
        kind: 'update',
        id: latest.id,
        patch: {
          outcome: look.desksPresent > latest.desksPresent ? 'averted' : 'noBreach',
          closedAt: now,
          desksAtClose: look.desksPresent,
          expectedBreachAt: null,
        },
      };
    }
    const moved =
      latest.expectedBreachAt === null || Math.abs(forecast.breach.at - latest.expectedBreachAt) >= MINUTE;
    if (moved || latest.waiting !== look.waiting || latest.desksNeeded !== forecast.desksNeeded) {
      return {
        kind: 'update',
        id: latest.id,
        patch: {
          expectedBreachAt: forecast.breach.at,
          waiting: look.waiting,
          desksNeeded: forecast.desksNeeded,
        },
      };
    }
    return { kind: 'none' };
  }

  const breachUnderWay =
    latest !== null &&
    (latest.outcome === 'breached' || latest.outcome === 'unwarned') &&
    latest.breachEndedAt === null;
  if (breachUnderWay) {
    return ongoingBreach
      ? { kind: 'none' }
      : { kind: 'update', id: latest.id, patch: { breachEndedAt: now } };
  }

  const since =
    latest === null ? look.startOfDay : (latest.breachEndedAt ?? latest.closedAt ?? look.startOfDay);
  const missed = firstAfter(look.breaches, since + 1, now);
  if (missed !== null) {
    return {
      kind: 'insert',
      record: {
        targetKind: missed.targetKind,
        targetMs: missed.targetMs,
        madeAt: now,
        predictedBreachAt: null,
        expectedBreachAt: null,
        waiting: look.waiting,
        desksPresent: look.desksPresent,
        desksNeeded: forecast.desksNeeded,
        outcome: 'unwarned',
        closedAt: now,
        breachAt: missed.at,
        desksAtClose: look.desksPresent,
        breachEndedAt: ongoingBreach ? null : now,
      },
    };
  }
  if (forecast.breach !== null && forecast.breach.at - now <= look.horizonMs) {
    return { kind: 'insert', record: warning(look, forecast.breach) };
  }
  return { kind: 'none' };
}
