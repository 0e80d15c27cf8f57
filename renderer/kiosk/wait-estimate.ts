/** Whole minutes for an estimated wait, rounded up so a visitor is never promised too little; null for none. */
export function waitMinutes(estimatedWaitMs: number | null): number | null {
  if (estimatedWaitMs === null || estimatedWaitMs <= 0) return null;
  return Math.max(1, Math.ceil(estimatedWaitMs / 60_000));
}
