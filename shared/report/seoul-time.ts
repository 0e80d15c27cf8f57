const SEOUL_OFFSET_MS = 9 * 60 * 60 * 1000;

/** "2026-11-23 09:31:05": how a Korean office reads a time, whatever the PC's own zone. */
export function seoulDateTime(ms: number): string {
  return new Date(ms + SEOUL_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * A Date whose UTC fields show Seoul wall-clock time: spreadsheet cells have no time zone,
 * so the cell must hold the time the office saw.
 */
export function seoulWallClock(ms: number): Date {
  return new Date(ms + SEOUL_OFFSET_MS);
}
