import { caseStanding, type CaseStanding } from '../../shared/cases/case-standing';
import type { Case } from '../../shared/contract/case-views';

const urgency: Record<CaseStanding, number> = {
  overdue: 0,
  dueToday: 1,
  pending: 2,
  noDeadline: 3,
  answeredLate: 4,
  answeredOnTime: 4,
};

/**
 * The manager's working order: overdue first, then due today, then the rest of the open cases by
 * deadline, then the answered ones, newest first.
 */
export function casesInWorkingOrder<C extends Case>(cases: readonly C[], now: number): C[] {
  return cases
    .map((c) => ({ c, standing: caseStanding(c, now) }))
    .sort(
      (a, b) =>
        urgency[a.standing] - urgency[b.standing] ||
        (a.standing === 'answeredLate' || a.standing === 'answeredOnTime'
          ? b.c.receivedAt - a.c.receivedAt
          : (a.c.dueAt ?? Infinity) - (b.c.dueAt ?? Infinity) || a.c.receivedAt - b.c.receivedAt),
    )
    .map(({ c }) => c);
}

export type CaseCounts = { open: number; overdue: number; dueToday: number };

export function countOpenCases(cases: readonly Case[], now: number): CaseCounts {
  const counts = { open: 0, overdue: 0, dueToday: 0 };
  for (const c of cases) {
    const standing = caseStanding(c, now);
    if (standing === 'answeredOnTime' || standing === 'answeredLate') continue;
    counts.open += 1;
    if (standing === 'overdue') counts.overdue += 1;
    if (standing === 'dueToday') counts.dueToday += 1;
  }
  return counts;
}
