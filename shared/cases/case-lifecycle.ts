/** received → (delay notified, perhaps again) → answered → closed. */
export const caseStatuses = ['received', 'delayNotified', 'answered', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

export type CaseTransition = 'notifyDelay' | 'answer' | 'close';

const transitions: Record<CaseStatus, Partial<Record<CaseTransition, CaseStatus>>> = {
  // 기정원 promises interim updates after the first notice, so a delay may be notified again.
  received: { notifyDelay: 'delayNotified', answer: 'answered' },
  delayNotified: { notifyDelay: 'delayNotified', answer: 'answered' },
  answered: { close: 'closed' },
  closed: {},
};

export function nextCaseStatus(status: CaseStatus, transition: CaseTransition): CaseStatus | null {
  return transitions[status][transition] ?? null;
}

export function isCaseOpen(status: CaseStatus): boolean {
  return status === 'received' || status === 'delayNotified';
}
