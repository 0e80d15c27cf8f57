import type { CaseKind } from '../../shared/cases/case-kinds';
import type { RegionCaseFigures, RegionFigures } from '../../shared/contract/region-view';
import { summarizeRatings } from '../../shared/satisfaction/rating';

/** An office's day or month: its visits' figures and the cases it received (null: none). */
export type FigureRow = {
  officeKo: string;
  period: string;
  figures: RegionFigures | null;
  cases: RegionCaseFigures | null;
};

type Kind = 'text' | 'count' | 'seconds' | 'share' | 'won' | 'score';
export type FigureColumn = { header: string; kind: Kind; value(row: FigureRow): string | number | null };

const seconds = (ms: number | null | undefined) => (ms === null || ms === undefined ? null : ms / 1000);

const satisfaction = (r: FigureRow) =>
  r.figures === null ? null : summarizeRatings(r.figures.ratings, r.figures.served);

/** A visit count: 0 on a row with cases and no visit. */
const visitCount = (pick: (f: RegionFigures) => number) => (r: FigureRow) =>
  r.figures === null ? 0 : pick(r.figures);

const caseCount = (pick: (c: RegionCaseFigures) => number) => (r: FigureRow) =>
  r.cases === null ? 0 : pick(r.cases);

const receivedOf = (kind: CaseKind) => (c: RegionCaseFigures) =>
  c.byKind.find((k) => k.kind === kind)?.received ?? 0;

/** The columns of the region's exports, Korean first like the office's own. */
export const figureColumns: readonly FigureColumn[] = [
  { header: '사무소', kind: 'text', value: (r) => r.officeKo },
  { header: '기간', kind: 'text', value: (r) => r.period },
  { header: '방문객', kind: 'count', value: visitCount((f) => f.visitors) },
  { header: '처리', kind: 'count', value: visitCount((f) => f.served) },
  { header: '부재(노쇼)', kind: 'count', value: visitCount((f) => f.noShows) },
  { header: '이관', kind: 'count', value: visitCount((f) => f.transferred) },
  { header: '응대 시간 중앙값(초)', kind: 'seconds', value: (r) => seconds(r.figures?.attend.medianMs) },
  { header: '응대 시간 90%(초)', kind: 'seconds', value: (r) => seconds(r.figures?.attend.p90Ms) },
  { header: '응대 목표 대상', kind: 'count', value: visitCount((f) => f.attend.targeted) },
  { header: '응대 목표 준수율', kind: 'share', value: (r) => r.figures?.attend.withinShare ?? null },
  { header: '안내 시간 중앙값(초)', kind: 'seconds', value: (r) => seconds(r.figures?.guide.medianMs) },
  { header: '안내 시간 90%(초)', kind: 'seconds', value: (r) => seconds(r.figures?.guide.p90Ms) },
  { header: '안내 목표 대상', kind: 'count', value: visitCount((f) => f.guide.targeted) },
  { header: '안내 목표 준수율', kind: 'share', value: (r) => r.figures?.guide.withinShare ?? null },
  { header: '동행 안내', kind: 'count', value: visitCount((f) => f.escorts) },
  { header: '재방문', kind: 'count', value: visitCount((f) => f.repeatVisits) },
  { header: '보상(건)', kind: 'count', value: visitCount((f) => f.compensations) },
  { header: '보상액(원)', kind: 'won', value: visitCount((f) => f.compensationWon) },
  { header: '만족도 응답(건)', kind: 'count', value: (r) => satisfaction(r)?.rated ?? 0 },
  { header: '만족도 응답률', kind: 'share', value: (r) => satisfaction(r)?.ratedShare ?? null },
  { header: '만족도 평균(5점)', kind: 'score', value: (r) => satisfaction(r)?.average ?? null },
  {
    header: '만족 비율(만족·매우 만족)',
    kind: 'share',
    value: (r) => satisfaction(r)?.satisfiedShare ?? null,
  },
  { header: '민원·신고 접수', kind: 'count', value: caseCount((c) => c.total.received) },
  { header: '불만 접수', kind: 'count', value: caseCount(receivedOf('complaint')) },
  { header: '불만족 접수', kind: 'count', value: caseCount(receivedOf('dissatisfaction')) },
  { header: '불친절 신고', kind: 'count', value: caseCount(receivedOf('unkindness')) },
  { header: '건의', kind: 'count', value: caseCount(receivedOf('suggestion')) },
  { header: '기한 내 답변', kind: 'count', value: caseCount((c) => c.total.answeredOnTime) },
  { header: '기한 넘긴 답변', kind: 'count', value: caseCount((c) => c.total.answeredLate) },
  { header: '처리 중', kind: 'count', value: caseCount((c) => c.total.open) },
  { header: '처리 중 기한 경과', kind: 'count', value: caseCount((c) => c.total.overdue) },
];
