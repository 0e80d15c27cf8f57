export type ClockState = 'within' | 'warning' | 'breached';

/** Share of the target after which a running clock turns to warning; offices may change it. */
export const DEFAULT_WARNING_SHARE = 0.7;

type VisitTimes = {
  issuedAt: number;
  arrivedAt: number | null;
  acknowledgedAt: number | null;
  finishedAt: number | null;
};

/** Elapsed time from `start` to `end`, or to `now` while the clock is still running. */
function elapsed(start: number | null, end: number | null, now: number): number | null {
  if (start === null) return null;
  return Math.max(0, (end ?? now) - start);
}

/** arrived − issued: walking to, or waiting for, the desk. */
export function timeToGuide(visit: VisitTimes, now: number): number | null {
  return elapsed(visit.issuedAt, visit.arrivedAt, now);
}

/** acknowledged − arrived: the charter's "stop other work within N seconds". */
export function timeToAttend(visit: VisitTimes, now: number): number | null {
  return elapsed(visit.arrivedAt, visit.acknowledgedAt, now);
}

/** finished − acknowledged: reported, never targeted. */
export function serviceTime(visit: VisitTimes, now: number): number | null {
  return elapsed(visit.acknowledgedAt, visit.finishedAt, now);
}

/**
 * A clock exactly at its target has kept the promise ("within 10 seconds"); one millisecond
 * more has not. Null when the charter sets no target for this clock.
 */
export function clockState(
  elapsedMs: number,
  targetMs: number | null,
  warningShare: number = DEFAULT_WARNING_SHARE,
): ClockState | null {
  if (targetMs === null) return null;
  if (elapsedMs > targetMs) return 'breached';
  if (elapsedMs >= targetMs * warningShare) return 'warning';
  return 'within';
}

/** The verdict a report gives a stopped clock; null when there is no target or no measurement. */
export function isWithinTarget(elapsedMs: number | null, targetMs: number | null): boolean | null {
  if (elapsedMs === null || targetMs === null) return null;
  return elapsedMs <= targetMs;
}
