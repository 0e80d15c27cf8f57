export type PrintVerdict = 'ok' | 'busy' | 'too_many';

/**
 * Silent printing spends the kiosk's paper roll without anybody seeing a dialog, so the kiosk's
 * requests are taken one at a time and at most `perMinute` a minute: a script on the page, or a
 * stuck button, cannot empty the roll. A print whose callback never comes (a hung driver) stops
 * counting as in flight after `stuckAfterMs`, so printing does not stay blocked all day.
 */
export function createPrintGuard(options: { now: () => number; perMinute?: number; stuckAfterMs?: number }) {
  const perMinute = options.perMinute ?? 12;
  const stuckAfterMs = options.stuckAfterMs ?? 60_000;
  let inFlightSince: number | null = null;
  let started: number[] = [];
  return {
    /** Asks to print now; on 'ok' the print counts as started and `finish` must follow. */
    begin(): PrintVerdict {
      const now = options.now();
      if (inFlightSince !== null && now - inFlightSince < stuckAfterMs) return 'busy';
      started = started.filter((at) => now - at < 60_000);
      if (started.length >= perMinute) return 'too_many';
      started.push(now);
      inFlightSince = now;
      return 'ok';
    },
    finish(): void {
      inFlightSince = null;
    },
  };
}
