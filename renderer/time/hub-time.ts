/**
 * Screens keep the hub's time, not their own: the offset is taken when a snapshot arrives and
 * added to the local clock, so a PC whose clock is off still shows the hub's elapsed times.
 */
export function clockOffset(hubNow: number, localNow: number = Date.now()): number {
  return hubNow - localNow;
}

// The office is in Korea whatever the screen's own time zone says.
const OFFICE_TIME_ZONE = 'Asia/Seoul';

/** "09:30" in the office's time zone. */
export function formatTimeOfDay(ms: number, language: string): string {
  return new Intl.DateTimeFormat(language, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: OFFICE_TIME_ZONE,
  }).format(ms);
}
