import type { LedgerEntry } from '../../shared/contract/views';
import { compensationKo, compensationStatusKo } from './visit-columns';

export type LedgerColumn = {
  header: string;
  type: 'text' | 'datetime' | 'number';
  /** text → string; datetime → UTC ms; number → number; null = empty cell. */
  value: (e: LedgerEntry) => string | number | null;
};

/** A step nobody is recorded for (an account since deleted, or the system) still says so. */
const who = (name: string | null, at: number | null): string | null =>
  at === null ? null : (name ?? '(기록 없음)');

/**
 * The 보상 대장 as an auditor reads it: the visit owed for, the earlier visit, the amount, and
 * who judged, approved or rejected, and paid it, and when. Staff names are always in: a ledger
 * of public money must say who decided.
 */
export const ledgerColumns: readonly LedgerColumn[] = [
  { header: '번호표', type: 'text', value: (e) => e.ticketNumber },
  { header: '방문일', type: 'text', value: (e) => e.businessDay },
  { header: '부서', type: 'text', value: (e) => e.departmentKo },
  { header: '이전 방문 번호표', type: 'text', value: (e) => e.earlierTicketNumber },
  { header: '이전 방문일', type: 'text', value: (e) => e.earlierBusinessDay },
  { header: '보상 종류', type: 'text', value: (e) => compensationKo[e.kind] },
  { header: '금액(원)', type: 'number', value: (e) => e.amountWon },
  { header: '근거', type: 'text', value: (e) => e.basisKo },
  { header: '재방문 사유', type: 'text', value: (e) => e.reason },
  { header: '상태', type: 'text', value: (e) => compensationStatusKo[e.status] },
  { header: '접수', type: 'datetime', value: (e) => e.createdAt },
  { header: '접수자', type: 'text', value: (e) => who(e.createdByName, e.createdAt) },
  {
    header: '승인·반려',
    type: 'datetime',
    value: (e) => e.decidedAt,
  },
  { header: '승인·반려자', type: 'text', value: (e) => who(e.decidedByName, e.decidedAt) },
  { header: '결정 메모', type: 'text', value: (e) => e.decisionNote },
  { header: '지급', type: 'datetime', value: (e) => e.paidAt },
  { header: '지급자', type: 'text', value: (e) => who(e.paidByName, e.paidAt) },
  { header: '지급 참조', type: 'text', value: (e) => e.paymentReference },
];
