const MINUTE = 60_000;

/**
 * How the breach forecast works for this office. Neither value comes from a charter: the horizon
 * is how long a guide or manager needs to open a desk or call a colleague; the waiting target
 * lets an office whose charter sets no time-to-guide target (인제군, 중소벤처기업부, 기정원)
 * still be warned before visitors wait longer than it wants.
 */
export type ForecastSettings = { horizonMs: number; waitTargetMs: number | null };

export const DEFAULT_FORECAST_SETTINGS: ForecastSettings = { horizonMs: 15 * MINUTE, waitTargetMs: null };
export const MAX_FORECAST_HORIZON_MS = 120 * MINUTE;
export const MAX_WAIT_TARGET_MS = 240 * MINUTE;
