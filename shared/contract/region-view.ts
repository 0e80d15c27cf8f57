import { z } from 'zod';
import type { CaseKind } from '../cases/case-kinds';
import type { CaseSummary, CaseTally } from '../report/case-summary';
import type { GroupSummary } from '../report/summary';

/**
 * An office's figures for a day or a month: the same figures, computed the same way, as its own
 * report, with the one-tap ratings of its visits (`ratings[0]` the 1s … `ratings[4]` the 5s).
 */
export type RegionFigures = Omit<GroupSummary, 'key' | 'labelKo' | 'priority' | 'closedAtDayEnd'>;

/**
 * The complaints, dissatisfaction and unkindness reports and suggestions an office received in a
 * day or a month, as its own report counts them at the same moment: answered within the
 * charter's deadline or not, still open and past it. Computed when asked, since an open case
 * becomes overdue with no event.
 */
export type RegionCaseFigures = { total: CaseTally; byKind: (CaseTally & { kind: CaseKind })[] };

export function regionCaseFiguresOf(cases: CaseSummary): RegionCaseFigures {
  return { total: cases.total, byKind: cases.byKind };
}

export function regionFiguresOf(group: GroupSummary): RegionFigures {
  return {
    visitors: group.visitors,
    served: group.served,
    noShows: group.noShows,
    transferred: group.transferred,
    attend: group.attend,
    guide: group.guide,
    escorts: group.escorts,
    repeatVisits: group.repeatVisits,
    compensations: group.compensations,
    compensationWon: group.compensationWon,
    ratings: group.ratings,
  };
}

export const regionPeriods = ['day', 'month'] as const;
export type RegionPeriod = (typeof regionPeriods)[number];

export const feedProblemKinds = [
  'unreachable',
  'tokenRefused',
  'badFeed',
  'chainBroken',
  'logRewritten',
] as const;
export type FeedProblemKind = (typeof feedProblemKinds)[number];

/** How the region hears from an office. */
export type OfficeFeedState = {
  lastSeq: number;
  /** The office's time of the last event the region holds. */
  lastEventAt: number | null;
  /** The region's time of the office's last readable answer. */
  lastContactAt: number | null;
  /** No readable answer for longer than the region allows: the office stopped sending. */
  silent: boolean;
  problem: { kind: FeedProblemKind; since: number; seq: number | null; detail: string } | null;
};

/**
 * An office behind its promise: on its latest business days with measured visits, fewer than the
 * region's bar kept the office's own target; `since` is the first of those days in a row.
 */
export type Behind = { since: string; days: number; clock: 'attend' | 'guide' | 'both' };

export type RegionOffice = {
  id: number;
  nameKo: string;
  nameEn: string;
  /** The office's own targets, from the charter in force. */
  attendTargetMs: number | null;
  guideTargetMs: number | null;
  figures: RegionFigures | null;
  /** Cases received in the period; null when none was. */
  cases: RegionCaseFigures | null;
  behind: Behind | null;
  feed: OfficeFeedState;
};

export type RegionOverview = {
  period: RegionPeriod;
  /** The business days covered, inclusive. */
  from: string;
  to: string;
  /** The share of visits within target below which a day counts as behind (0–1). */
  bar: number;
  /** The region's clock. */
  now: number;
  offices: RegionOffice[];
};

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM');

export const regionOverviewQuery = z.union([
  z.strictObject({ period: z.literal('day'), day: z.iso.date() }),
  z.strictObject({ period: z.literal('month'), month }),
]);
export type RegionOverviewQuery = z.infer<typeof regionOverviewQuery>;

export const regionExportFormats = ['csv', 'xlsx'] as const;
export type RegionExportFormat = (typeof regionExportFormats)[number];

export const regionExportQuery = z
  .strictObject({
    from: z.iso.date(),
    to: z.iso.date(),
    by: z.enum(regionPeriods),
    format: z.enum(regionExportFormats),
  })
  .refine((q) => q.to >= q.from, 'to must not be before from')
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 400 * 86_400_000, 'at most 400 days at once');
export type RegionExportQuery = z.infer<typeof regionExportQuery>;
