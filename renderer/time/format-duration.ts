const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A stopwatch reading, as staff read a clock: "0:04", "3:00", "1:02:03". Whole seconds are cut,
 * not rounded, so a reading never shows a second that has not fully passed.
 */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${minutes}:${pad(seconds)}`;
}

/** A charter target split for wording ("10초", "3분", "1분 30초"). */
export function splitTarget(ms: number): { minutes: number; seconds: number } {
  const totalSeconds = Math.round(ms / 1000);
  return { minutes: Math.floor(totalSeconds / 60), seconds: totalSeconds % 60 };
}
