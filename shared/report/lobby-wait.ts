import { addDays, endOfBusinessDay, startOfBusinessDay } from '../time/business-day';
import { seoulWallClock } from './seoul-time';
import type { VisitRecord } from './visit-record';

const HOUR_MS = 3_600_000;

type WaitTimes = Pick<VisitRecord, 'businessDay' | 'issuedAt' | 'arrivedAt' | 'finishedAt'>;

/**
 * The span a visitor spent waiting for a desk, [from, to): from the ticket until they reached a
 * desk, or until the visit ended without reaching one (a no-show). A visitor still waiting counts
 * until `asOf`, and never past the end of the ticket's business day, when it lapses.
 */
export function lobbyWait(v: WaitTimes, asOf: number): { from: number; to: number } {
  const end = v.arrivedAt ?? v.finishedAt ?? Math.min(asOf, endOfBusinessDay(v.businessDay));
  return { from: v.issuedAt, to: Math.max(v.issuedAt, end) };
}

/**
 * The milliseconds of [from, to) in each Seoul clock hour it touches. Seoul keeps UTC+9 all year,
 * so its hours begin when UTC's do.
 */
export function msPerSeoulHour(from: number, to: number): [hour: number, ms: number][] {
  const parts: [number, number][] = [];
  for (let start = from; start < to;) {
    const end = Math.min(to, (Math.floor(start / HOUR_MS) + 1) * HOUR_MS);
    parts.push([seoulWallClock(start).getUTCHours(), end - start]);
    start = end;
  }
  return parts;
}

/**
 * How many people waited on average in a Seoul clock hour over the days `from` to `to`: the
 * waiting time that fell in it over the part of those hours that had passed by `asOf`. Null when
 * the hour had not begun on any of the days.
 */
export function averageWaiting(
  waitingMs: number,
  hour: number,
  range: { from: string; to: string; asOf: number },
  /** Only these days count (the days the office had visitors); every day of the range by default. */
  openDays?: readonly string[],
): number | null {
  let observed = 0;
  const days: string[] = [];
  for (let day = range.from; day <= range.to; day = addDays(day, 1)) days.push(day);
  for (const day of openDays ?? days) {
    const hourStart = startOfBusinessDay(day) + hour * HOUR_MS;
    observed += Math.min(HOUR_MS, Math.max(0, range.asOf - hourStart));
  }
  return observed > 0 ? waitingMs / observed : null;
}
