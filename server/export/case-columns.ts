import type { CaseCategory, CaseChannel, CaseKind } from '../../shared/cases/case-kinds';
import type { CaseStatus } from '../../shared/cases/case-lifecycle';
import { caseStanding, type CaseStanding } from '../../shared/cases/case-standing';
import { deadlineParts } from '../../shared/cases/reply-deadline';
import type { CaseReportRecord } from '../../shared/report/case-summary';

export const caseKindKo: Record<CaseKind, string> = {
  complaint: '불만',
  dissatisfaction: '불만족',
  unkindness: '불친절',
  suggestion: '건의',
};

const categoryKo: Record<CaseCategory, string> = {
  staffAttitude: '직원 태도',
  waiting: '대기 시간',
  handling: '처리 잘못·지연',
  facility: '시설·환경',
  improvement: '개선 제안',
  other: '기타',
};

const channelKo: Record<CaseChannel, string> = {
  kiosk: '키오스크',
  inPerson: '방문',
  phone: '전화',
  letter: '우편·팩스',
  online: '인터넷·이메일',
};

const statusKo: Record<CaseStatus, string> = {
  received: '접수',
  delayNotified: '지연 통지',
  answered: '답변',
  closed: '종결',
};

export const standingKo: Record<CaseStanding, string> = {
  overdue: '기한 경과',
  dueToday: '오늘 기한',
  pending: '처리 중',
  noDeadline: '기한 없음',
  answeredOnTime: '기한 내 답변',
  answeredLate: '기한 후 답변',
};

export type CaseColumn = {
  header: string;
  type: 'text' | 'datetime' | 'number';
  value: (c: CaseReportRecord, now: number) => string | number | null;
};

/** "2026-11-27 15:00", or the day alone for a deadline that runs to the end of it. */
function deadlineText(dueAt: number | null): string | null {
  if (dueAt === null) return null;
  const { day, time } = deadlineParts(dueAt);
  return time === null ? day : `${day} ${time}`;
}

const yesNo = (value: boolean | null): string | null => (value === null ? null : value ? 'Y' : 'N');

/**
 * One row per case. The visitor's contact is never exported: it exists only to send the reply
 * and is deleted after it. Staff names only where the office allows them, as in the visit log.
 */
export function caseColumns(includeStaffNames: boolean): CaseColumn[] {
  const columns: (CaseColumn | null)[] = [
    { header: '접수번호', type: 'text', value: (c) => c.number },
    { header: '접수 시각', type: 'datetime', value: (c) => c.receivedAt },
    { header: '접수 경로', type: 'text', value: (c) => channelKo[c.channel] },
    { header: '종류', type: 'text', value: (c) => caseKindKo[c.kind] },
    { header: '분야', type: 'text', value: (c) => categoryKo[c.category] },
    { header: '부서', type: 'text', value: (c) => c.departmentKo },
    { header: '창구', type: 'text', value: (c) => c.deskKo },
    includeStaffNames ? { header: '관련 직원', type: 'text', value: (c) => c.staffName } : null,
    {
      header: '번호표',
      type: 'text',
      value: (c) => (c.ticketNumber ? `${c.ticketNumber} (${c.ticketDay ?? ''})` : null),
    },
    { header: '내용', type: 'text', value: (c) => c.description || null },
    { header: '헌장 기한(일)', type: 'number', value: (c) => c.replyDays },
    { header: '처리 기한', type: 'text', value: (c) => deadlineText(c.originalDueAt) },
    {
      header: '처리예정일(지연 통지)',
      type: 'text',
      value: (c) => (c.delayNotifiedAt === null ? null : deadlineText(c.dueAt)),
    },
    { header: '지연 통지 시각', type: 'datetime', value: (c) => c.delayNotifiedAt },
    { header: '지연 사유', type: 'text', value: (c) => c.delayReason },
    { header: '기한 후 지연 통지', type: 'text', value: (c) => (c.lateDelayNotice ? 'Y' : null) },
    { header: '답변 시각', type: 'datetime', value: (c) => c.answeredAt },
    { header: '답변 요지', type: 'text', value: (c) => c.answerSummary },
    { header: '사실 확인', type: 'text', value: (c) => yesNo(c.upheld) },
    { header: '종결 시각', type: 'datetime', value: (c) => c.closedAt },
    { header: '상태', type: 'text', value: (c) => statusKo[c.status] },
    { header: '기한 준수', type: 'text', value: (c, now) => standingKo[caseStanding(c, now)] },
  ];
  return columns.filter((c): c is CaseColumn => c !== null);
}
