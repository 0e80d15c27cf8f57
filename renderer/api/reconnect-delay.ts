const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 10_000;

/**
 * How long to wait before reconnect attempt `attempt` (0-based): doubling up to a cap, with
 * ±20 % jitter so that every screen of an office does not knock on a restarted hub at once.
 */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, attempt));
  return Math.round(base * (0.8 + 0.4 * random()));
}
