export const visitStatuses = [
  'issued',
  'arrived',
  'acknowledged',
  'served',
  'noShow',
  'transferred',
  'closedAtDayEnd',
] as const;
export type VisitStatus = (typeof visitStatuses)[number];

export const finishedStatuses = [
  'served',
  'noShow',
  'transferred',
  'closedAtDayEnd',
] as const satisfies readonly VisitStatus[];

/** The visits a business day may leave unfinished, which its end closes. */
export const openStatuses = ['issued', 'arrived', 'acknowledged'] as const satisfies readonly VisitStatus[];

export type VisitTransition =
  'arrive' | 'acknowledge' | 'serve' | 'markNoShow' | 'transfer' | 'closeAtDayEnd';

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
  // The end of a business day (midnight in Seoul) closes every visit it left open: waiting,
  // called but never acknowledged, acknowledged but never finished. Only the hub does it, in one
  // `visitsClosedAtDayEnd` event at its start and before the first command or read of a later
  // day. The visit keeps its times and gets no finish time, so a clock that never stopped stays
  // unmeasured (never a 17-hour time-to-attend); the day's report counts it as closed at day end,
  // and nothing done later can call, acknowledge or change it.
  closeAtDayEnd: { from: openStatuses, to: 'closedAtDayEnd' },
};

/** The status a visit moves to, or null when the transition is not allowed from `status`. */
export function nextStatus(status: VisitStatus, transition: VisitTransition): VisitStatus | null {
  const rule = transitions[transition];
  return rule.from.includes(status) ? rule.to : null;
}

export function isFinished(status: VisitStatus): boolean {
  return (finishedStatuses as readonly VisitStatus[]).includes(status);
}
