import type { ClockSummary, GroupSummary, ReportSummary } from '../../shared/report/summary';

/** One line per group and clock, as both the XLSX summary sheet and the PDF table show them. */
export type SummaryLine = {
  scope: '전체' | '부서' | '창구';
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
  ];
  return groups.flatMap(([scope, group]) => [
    { scope, name: group.labelKo, group, clockKo: '응대 대기' as const, clock: group.attend },
    { scope, name: group.labelKo, group, clockKo: '안내 시간' as const, clock: group.guide },
  ]);
}
