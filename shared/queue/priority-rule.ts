/**
 * 사회적 배려: visitors who may ask for priority at the kiosk. No charter sets the list; these are
 * the groups Korean 민원실s serve at a 배려 창구 (and 인제군's charter escorts "장애인ㆍ노약자").
 */
export const priorityNeeds = ['elderly', 'disabled', 'pregnant'] as const;
export type PriorityNeed = (typeof priorityNeeds)[number];

/**
 * How a department calls priority tickets among ordinary ones:
 * - `first`: a waiting priority visitor is called before ordinary visitors, except that no
 *   ordinary visitor lets more than `FIRST_RULE_MAX_PASSES` priority visitors go ahead;
 * - `ratio`: after a priority call, `ordinaryPerPriority` ordinary visitors are called (while any
 *   wait) before the next priority visitor.
 */
export type PriorityRule = { kind: 'first' } | { kind: 'ratio'; ordinaryPerPriority: number };

export const priorityRuleKinds = ['first', 'ratio'] as const;

/** A product default (no charter sets one): 배려 창구 practice is to call priority visitors first. */
export const DEFAULT_PRIORITY_RULE: PriorityRule = { kind: 'first' };

export const MAX_ORDINARY_PER_PRIORITY = 20;

/**
 * Under `first`, the most priority visitors one ordinary visitor lets go ahead. Without a bound a
 * steady stream of priority tickets would keep an ordinary visitor waiting until closing time.
 */
export const FIRST_RULE_MAX_PASSES = 5;
