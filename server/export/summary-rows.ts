import type { ClockSummary, GroupSummary, ReportSummary } from '../../shared/report/summary';

/** One line per group and clock, as the XLSX summary sheet shows them. */
export type SummaryLine = {
  scope: '전체' | '부서' | '창구' | '일자' | '직원';
  name: string;
  group: GroupSummary;
  clockKo: '응대 대기' | '안내 시간';
  clock: ClockSummary;
};

export function summaryLines(summary: ReportSummary): SummaryLine[] {
  const groups: [SummaryLine['scope'], GroupSummary][] = [
    ['전체', summary.total],
    ...summary.departments.map((g): [SummaryLine['scope'], GroupSummary] => ['부서', g]),
    ...summary.desks.map((g): [SummaryLine['scope'], GroupSummary] => ['창구', g]),
    // A range of days reads day by day too; staff only where the office turned their figures on.
    ...(summary.from === summary.to
      ? []
      : summary.days.map((g): [SummaryLine['scope'], GroupSummary] => ['일자', g])),
    ...(summary.staff ?? []).map((g): [SummaryLine['scope'], GroupSummary] => ['직원', g]),
  ];
  return groups.flatMap(([scope, group]) => [
    { scope, name: group.labelKo, group, clockKo: '응대 대기' as const, clock: group.attend },
    { scope, name: group.labelKo, group, clockKo: '안내 시간' as const, clock: group.guide },
  ]);
}
