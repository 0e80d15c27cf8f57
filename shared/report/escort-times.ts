import { median } from '../stats/summary';

/** One "take me there" escort as a report measures it; times are the hub's UTC milliseconds. */
export type EscortRecord = {
  businessDay: string;
  requestedAt: number;
  acceptedAt: number | null;
  deliveredAt: number | null;
};

/** Stopped clocks only: a request still open is counted in `requested`, not measured. */
export type DurationSummary = { count: number; medianMs: number | null; worstMs: number | null };

export type EscortDaySummary = {
  day: string;
  requested: number;
  /** requested → accepted by a guide. */
  toAccept: DurationSummary;
  /** requested → the visitor delivered to the department. */
  toDeliver: DurationSummary;
};

type DayAccumulator = { requested: number; toAccept: number[]; toDeliver: number[] };

function durations(times: number[]): DurationSummary {
  return {
    count: times.length,
    medianMs: median(times),
    worstMs: times.length ? times.reduce((a, b) => Math.max(a, b)) : null,
  };
}

/** Folds escorts into their times per business day, in day order. */
export function createEscortDays() {
  const days = new Map<string, DayAccumulator>();
  return {
    add(e: EscortRecord): void {
      let day = days.get(e.businessDay);
      if (!day) days.set(e.businessDay, (day = { requested: 0, toAccept: [], toDeliver: [] }));
      day.requested += 1;
      if (e.acceptedAt !== null) day.toAccept.push(e.acceptedAt - e.requestedAt);
      if (e.deliveredAt !== null) day.toDeliver.push(e.deliveredAt - e.requestedAt);
    },
    finish(): EscortDaySummary[] {
      return [...days.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([day, d]) => ({
          day,
          requested: d.requested,
          toAccept: durations(d.toAccept),
          toDeliver: durations(d.toDeliver),
        }));
    },
  };
}
