import type { Behind } from '../contract/region-view';

/** A business day's counts of visits that had a target and kept it, per clock. */
export type DayShares = {
  day: string;
  attendTargeted: number;
  attendWithin: number;
  guideTargeted: number;
  guideWithin: number;
};

/** No charter sets a share; 90 % is the product's default bar for "behind on the promise". */
export const DEFAULT_BEHIND_BAR = 0.9;

function short(targeted: number, within: number, bar: number): boolean {
  return targeted > 0 && within / targeted < bar;
}

/**
 * Whether an office is behind as of its last day in `days` (any order), and since when: the run
 * of latest days on which a clock's share within target fell below `bar`. Days without a measured,
 * targeted visit (weekends, holidays, a quiet day) neither break nor extend the run.
 */
export function behindSince(days: readonly DayShares[], bar: number): Behind | null {
  const measured = days
    .filter((d) => d.attendTargeted > 0 || d.guideTargeted > 0)
    .sort((a, b) => b.day.localeCompare(a.day));
  let since: string | null = null;
  let count = 0;
  let attend = false;
  let guide = false;
  for (const d of measured) {
    const attendShort = short(d.attendTargeted, d.attendWithin, bar);
    const guideShort = short(d.guideTargeted, d.guideWithin, bar);
    if (!attendShort && !guideShort) break;
    attend ||= attendShort;
    guide ||= guideShort;
    since = d.day;
    count += 1;
  }
  if (since === null) return null;
  return { since, days: count, clock: attend && guide ? 'both' : attend ? 'attend' : 'guide' };
}
