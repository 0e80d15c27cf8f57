import type { CaseKind } from './case-kinds';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How long unkindness reports accumulate: 003 says "3회 이상 누적될 경우" without a period, so a
 * rolling year is the product's default (the span of a personnel evaluation); the office may edit it.
 */
export const DEFAULT_UNKINDNESS_WINDOW_DAYS = 365;

export type UnkindnessReport = {
  kind: CaseKind;
  receivedAt: number;
  staffId: number | null;
  deskId: number | null;
  /** The office's finding on answering: false when the report was not borne out. */
  upheld: boolean | null;
};

export type UnkindnessCount = {
  /** `staff:<id>` or `desk:<id>`. */
  key: string;
  staffId: number | null;
  deskId: number | null;
  count: number;
  /** The count reached the charter's threshold (목포: 3, "타부서 발령 등 인사 조치"). */
  flagged: boolean;
};

/**
 * Unkindness reports per staff member and per desk received in the `windowDays` up to `now`,
 * most first. A report found not borne out does not count: a grudge must not move an official.
 */
export function countUnkindness(
  reports: readonly UnkindnessReport[],
  now: number,
  windowDays: number,
  threshold: number | null,
): UnkindnessCount[] {
  const since = now - windowDays * DAY_MS;
  const counts = new Map<string, UnkindnessCount>();
  const add = (key: string, staffId: number | null, deskId: number | null): void => {
    const entry = counts.get(key) ?? { key, staffId, deskId, count: 0, flagged: false };
    entry.count += 1;
    entry.flagged = threshold !== null && entry.count >= threshold;
    counts.set(key, entry);
  };
  for (const r of reports) {
    if (r.kind !== 'unkindness' || r.upheld === false || r.receivedAt <= since || r.receivedAt > now)
      continue;
    if (r.staffId !== null) add(`staff:${r.staffId}`, r.staffId, null);
    if (r.deskId !== null) add(`desk:${r.deskId}`, null, r.deskId);
  }
  return [...counts.values()].sort(
    (a, b) => b.count - a.count || a.key.localeCompare(b.key, 'en', { numeric: true }),
  );
}
