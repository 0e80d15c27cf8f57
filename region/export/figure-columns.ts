import type { RegionFigures } from '../../shared/contract/region-view';

export type FigureRow = { officeKo: string; period: string; figures: RegionFigures };

type Kind = 'text' | 'count' | 'seconds' | 'share' | 'won';
export type FigureColumn = { header: string; kind: Kind; value(row: FigureRow): string | number | null };

const seconds = (ms: number | null) => (ms === null ? null : ms / 1000);

/** The columns of the region's exports, Korean first like the office's own. */
export const figureColumns: readonly FigureColumn[] = [
  { header: '사무소', kind: 'text', value: (r) => r.officeKo },
  { header: '기간', kind: 'text', value: (r) => r.period },
  { header: '방문객', kind: 'count', value: (r) => r.figures.visitors },
  { header: '처리', kind: 'count', value: (r) => r.figures.served },
  { header: '부재(노쇼)', kind: 'count', value: (r) => r.figures.noShows },
  { header: '이관', kind: 'count', value: (r) => r.figures.transferred },
  { header: '응대 시간 중앙값(초)', kind: 'seconds', value: (r) => seconds(r.figures.attend.medianMs) },
  { header: '응대 시간 90%(초)', kind: 'seconds', value: (r) => seconds(r.figures.attend.p90Ms) },
  { header: '응대 목표 대상', kind: 'count', value: (r) => r.figures.attend.targeted },
  { header: '응대 목표 준수율', kind: 'share', value: (r) => r.figures.attend.withinShare },
  { header: '안내 시간 중앙값(초)', kind: 'seconds', value: (r) => seconds(r.figures.guide.medianMs) },
  { header: '안내 시간 90%(초)', kind: 'seconds', value: (r) => seconds(r.figures.guide.p90Ms) },
  { header: '안내 목표 대상', kind: 'count', value: (r) => r.figures.guide.targeted },
  { header: '안내 목표 준수율', kind: 'share', value: (r) => r.figures.guide.withinShare },
  { header: '동행 안내', kind: 'count', value: (r) => r.figures.escorts },
  { header: '재방문', kind: 'count', value: (r) => r.figures.repeatVisits },
  { header: '보상(건)', kind: 'count', value: (r) => r.figures.compensations },
  { header: '보상액(원)', kind: 'won', value: (r) => r.figures.compensationWon },
];
