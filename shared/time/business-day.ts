// Korea has kept UTC+9 without daylight saving since 1988, so a fixed offset is exact and keeps
// this pure and fast on the ticket-issuing path (no Intl time-zone lookup per ticket).
const SEOUL_OFFSET_MS = 9 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The Asia/Seoul calendar day (YYYY-MM-DD) that a UTC instant falls on. */
export function businessDay(atMs: number): string {
  return new Date(atMs + SEOUL_OFFSET_MS).toISOString().slice(0, 10);
}

/** UTC milliseconds of 00:00 Asia/Seoul on the given YYYY-MM-DD day. */
export function startOfBusinessDay(day: string): number {
  return Date.parse(`${day}T00:00:00.000Z`) - SEOUL_OFFSET_MS;
}

/** UTC milliseconds of 00:00 Asia/Seoul on the day after the given one. */
export function endOfBusinessDay(day: string): number {
  return startOfBusinessDay(day) + DAY_MS;
}

/** The day `days` calendar days after `day` (before it for a negative count), both YYYY-MM-DD. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
