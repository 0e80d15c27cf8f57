/** Desk id → the desk named as its stand-in (업무대행자) while it is away. */
export type StandIns = ReadonlyMap<number, number>;

/**
 * The desk that actually serves for `deskId`: itself when present, else its stand-in, followed
 * while stand-ins are away too. Null when the chain loops back (nobody is there to serve).
 */
export function servingDesk(deskId: number, standIns: StandIns): number | null {
  const seen = new Set<number>();
  let current = deskId;
  for (;;) {
    const next = standIns.get(current);
    if (next === undefined) return current;
    if (seen.has(current)) return null;
    seen.add(current);
    current = next;
  }
}

/** Would naming `standInId` for `deskId` make a chain that comes back to `deskId`? */
export function standInWouldLoop(deskId: number, standInId: number, standIns: StandIns): boolean {
  if (standInId === deskId) return true;
  const proposed = new Map(standIns);
  proposed.set(deskId, standInId);
  return servingDesk(deskId, proposed) === null;
}
