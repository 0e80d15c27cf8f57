/** The hub's time source: every timestamp comes from here, never from a client. */
export type Clock = { now(): number };

export const systemClock: Clock = { now: () => Date.now() };
