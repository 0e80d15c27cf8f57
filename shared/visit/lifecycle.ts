export const visitStatuses = [
  'issued',
  'arrived',
  'acknowledged',
  'served',
  'noShow',
  'transferred',
] as const;
export type VisitStatus = (typeof visitStatuses)[number];

export const finishedStatuses = ['served', 'noShow', 'transferred'] as const satisfies readonly VisitStatus[];

export type VisitTransition = 'arrive' | 'acknowledge' | 'serve' | 'markNoShow' | 'transfer';

const transitions: Record<VisitTransition, { from: readonly VisitStatus[]; to: VisitStatus }> = {
  // A queue desk calling the number, or a direct-service desk checking the ticket in.
  arrive: { from: ['issued'], to: 'arrived' },
  acknowledge: { from: ['arrived'], to: 'acknowledged' },
  serve: { from: ['acknowledged'], to: 'served' },
  // Only a called visitor can fail to show up; an uncalled one is still simply waiting.
  markNoShow: { from: ['arrived'], to: 'noShow' },
  // The receiving department sees the note before it acknowledges, so a transfer may happen
  // as soon as the visitor is at the desk.
  transfer: { from: ['arrived', 'acknowledged'], to: 'transferred' },
};

/** The status a visit moves to, or null when the transition is not allowed from `status`. */
export function nextStatus(status: VisitStatus, transition: VisitTransition): VisitStatus | null {
  const rule = transitions[transition];
  return rule.from.includes(status) ? rule.to : null;
}

export function isFinished(status: VisitStatus): boolean {
  return (finishedStatuses as readonly VisitStatus[]).includes(status);
}
