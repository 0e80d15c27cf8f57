/*
 * The one way the product shows a measured time, on every screen and in every export: in tenths
 * of a second, rounded up. Charter targets are whole seconds (10 s, 5 s, 3 min), so rounding up
 * keeps the verdict: a time within its target never reads past it, and a breached one (10,001 ms
 * against 10 s) never reads as kept ("0:10.1", not "0:10").
 */

const pad = (n: number): string => String(n).padStart(2, '0');

/** A duration in whole tenths of a second, rounded up; below zero (clock skew) counts as zero. */
export function durationTenths(ms: number): number {
  // The epsilon absorbs binary noise in sums and means (10_000.000000001 is 10.0 s, not 10.1 s).
  return Math.ceil(Math.max(0, ms) / 100 - 1e-9);
}

/** The duration as it is shown, in milliseconds: what a spreadsheet cell holds. */
export function shownDurationMs(ms: number): number {
  return durationTenths(ms) * 100;
}

/** Seconds with one decimal, as a CSV column in seconds holds them: "10.6". */
export function durationSecondsText(ms: number): string {
  const tenths = durationTenths(ms);
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

/** A stopwatch reading with tenths: "0:10.0", "0:10.1", "3:00.1", "16:56:08.0". */
export function formatDuration(ms: number): string {
  const tenths = durationTenths(ms);
  const totalSeconds = Math.floor(tenths / 10);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = `${pad(totalSeconds % 60)}.${tenths % 10}`;
  return hours > 0 ? `${hours}:${pad(minutes)}:${seconds}` : `${minutes}:${seconds}`;
}
