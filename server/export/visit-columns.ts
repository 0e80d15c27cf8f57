import type { VisitMeasures } from '../../shared/report/visit-measures';
import type { VisitRecord } from '../../shared/report/visit-record';
import type { VisitStatus } from '../../shared/visit/lifecycle';

export type ColumnType = 'text' | 'datetime' | 'duration' | 'number';

export type VisitColumn = {
  header: string;
  type: ColumnType;
  /** text → string; datetime → UTC ms; duration → ms; number → number; null = empty cell. */
  value: (v: VisitRecord, m: VisitMeasures) => string | number | null;
};

const outcomeKo: Record<VisitStatus, string> = {
  issued: '대기',
  arrived: '도착',
  acknowledged: '응대 중',
  served: '완료',
  noShow: '부재',
  transferred: '이관',
  closedAtDayEnd: '업무 종료로 마감',
};

const escortKo = {
  wheelchair: '휠체어',
  lowVision: '저시력',
  hearing: '청각',
  elderly: '고령',
  other: '기타',
} as const;
export const compensationKo = {
  giftVoucher: '상품권',
  travelCost: '교통비',
  cultureVoucher: '문화상품권',
  perOrdinance: '규정에 따른 보상',
} as const;
export const compensationStatusKo = {
  pending: '승인 대기',
  approved: '승인',
  rejected: '반려',
  paid: '지급 완료',
} as const;

const flag = (within: boolean | null): string | null => (within === null ? null : within ? 'Y' : 'N');

/**
 * One row per visit: what happened, every clock, the targets in force and the verdicts. No
 * visitor personal data exists to export; staff names only where the office allows it.
 */
export function visitColumns(includeStaffNames: boolean): VisitColumn[] {
  const columns: (VisitColumn | null)[] = [
    { header: '일자', type: 'text', value: (v) => v.businessDay },
    { header: '번호표', type: 'text', value: (v) => v.number },
    { header: '부서', type: 'text', value: (v) => v.departmentKo },
    { header: '창구', type: 'text', value: (v) => v.deskKo },
    includeStaffNames ? { header: '담당 직원', type: 'text', value: (v) => v.staffName } : null,
    { header: '언어', type: 'text', value: (v) => v.language },
    { header: '결과', type: 'text', value: (v) => outcomeKo[v.status] },
    { header: '발급 시각', type: 'datetime', value: (v) => v.issuedAt },
    { header: '도착 시각', type: 'datetime', value: (v) => v.arrivedAt },
    { header: '응대 시각', type: 'datetime', value: (v) => v.acknowledgedAt },
    { header: '종료 시각', type: 'datetime', value: (v) => v.finishedAt },
    { header: '안내 시간', type: 'duration', value: (_v, m) => m.timeToGuideMs },
    { header: '안내 목표', type: 'duration', value: (v) => v.guideTargetMs },
    { header: '안내 목표 준수', type: 'text', value: (_v, m) => flag(m.guideWithin) },
    { header: '응대 대기', type: 'duration', value: (_v, m) => m.timeToAttendMs },
    { header: '응대 목표', type: 'duration', value: (v) => v.attendTargetMs },
    { header: '응대 목표 준수', type: 'text', value: (_v, m) => flag(m.attendWithin) },
    { header: '처리 시간', type: 'duration', value: (_v, m) => m.serviceMs },
    { header: '동행 안내', type: 'text', value: (v) => (v.escortReason ? escortKo[v.escortReason] : null) },
    {
      // Links the two tickets of a transfer: the receiving department's row names the one it continues.
      header: '이관 전 번호',
      type: 'text',
      value: (v) =>
        v.transferredFromNumber === null
          ? null
          : `${v.transferredFromNumber} (${v.transferredFromDepartmentKo ?? ''})`,
    },
    {
      header: '재방문',
      type: 'text',
      value: (v) => (v.repeatOfNumber ? `${v.repeatOfNumber} (${v.repeatOfDay ?? ''})` : null),
    },
    { header: '직원 과실', type: 'text', value: (v) => flag(v.repeatStaffError) },
    {
      header: '보상',
      type: 'text',
      value: (v) => (v.compensationKind ? compensationKo[v.compensationKind] : null),
    },
    { header: '보상 금액(원)', type: 'number', value: (v) => v.compensationAmountWon },
    {
      header: '보상 상태',
      type: 'text',
      value: (v) => (v.compensationStatus ? compensationStatusKo[v.compensationStatus] : null),
    },
    // The visitor's anonymous one-tap rating: 1 매우 불만족 … 5 매우 만족.
    { header: '만족도(5점)', type: 'number', value: (v) => v.rating },
  ];
  return columns.filter((c): c is VisitColumn => c !== null);
}
