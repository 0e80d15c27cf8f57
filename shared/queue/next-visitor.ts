import { FIRST_RULE_MAX_PASSES, type PriorityRule } from './priority-rule';

/** What deciding the order needs to know of a waiting ticket. */
export type QueuedTicket = {
  id: number;
  issuedAt: number;
  /** A repeat visit caused by staff error: the charter promises it is dealt with first. */
  servedFirst: boolean;
  /** Asked for priority (사회적 배려) at the kiosk. */
  prioritized: boolean;
};

/**
 * A call the department already made today (a number called or a ticket checked in), oldest
 * first: whether it went to a priority visitor, and when.
 */
export type PastCall = { prioritized: boolean; at: number };

const byId = (a: QueuedTicket, b: QueuedTicket) => a.id - b.id;

/**
 * Yields the waiting tickets in the order they will be called if nobody else arrives: served-first
 * visitors, then priority and ordinary visitors as the department's rule says, each group first
 * come, first served. Linear in the queue, so a long queue costs little on every ticket issued.
 */
function* order<T extends QueuedTicket>(
  waiting: readonly T[],
  rule: PriorityRule,
  calls: readonly PastCall[],
): Generator<T> {
  const servedFirst = waiting.filter((t) => t.servedFirst).sort(byId);
  const ordinary = waiting.filter((t) => !t.servedFirst && !t.prioritized).sort(byId);
  const priority = waiting.filter((t) => !t.servedFirst && t.prioritized).sort(byId);

  // ratio: ordinary calls since the last priority call (all of them when there was none).
  const lastPriority = calls.findLastIndex((c) => c.prioritized);
  let ordinarySincePriority = lastPriority < 0 ? Number.POSITIVE_INFINITY : calls.length - 1 - lastPriority;
  // first: priority calls made while the oldest ordinary visitor waited. Past calls are counted
  // from its ticket's time; every call from now on comes after it.
  const pastPriorityTimes = calls.filter((c) => c.prioritized).map((c) => c.at);
  let pastBefore = 0;
  let futurePriorityCalls = 0;
  const passesOf = (t: T): number => {
    while (pastBefore < pastPriorityTimes.length && pastPriorityTimes[pastBefore]! < t.issuedAt)
      pastBefore += 1;
    return pastPriorityTimes.length - pastBefore + futurePriorityCalls;
  };
  const recordCall = (prioritized: boolean) => {
    if (prioritized) {
      ordinarySincePriority = 0;
      futurePriorityCalls += 1;
    } else {
      ordinarySincePriority += 1;
    }
  };

  for (const t of servedFirst) {
    yield t;
    recordCall(t.prioritized);
  }
  let o = 0;
  let p = 0;
  while (o < ordinary.length || p < priority.length) {
    const nextOrdinary = ordinary[o];
    const priorityGoes =
      p < priority.length &&
      (nextOrdinary === undefined ||
        (rule.kind === 'ratio'
          ? ordinarySincePriority >= rule.ordinaryPerPriority
          : passesOf(nextOrdinary) < FIRST_RULE_MAX_PASSES));
    const next = priorityGoes ? priority[p++]! : ordinary[o++]!;
    yield next;
    recordCall(priorityGoes);
  }
}

/**
 * Who a department calls next. `calls` are the department's calls of the day so far, oldest first.
 * Null when nobody waits.
 */
export function pickNext<T extends QueuedTicket>(
  waiting: readonly T[],
  rule: PriorityRule,
  calls: readonly PastCall[],
): T | null {
  for (const t of order(waiting, rule, calls)) return t;
  return null;
}

/** The order of the whole queue if nobody else arrives: the desk's waiting list shows it. */
export function callingOrder<T extends QueuedTicket>(
  waiting: readonly T[],
  rule: PriorityRule,
  calls: readonly PastCall[],
): T[] {
  return [...order(waiting, rule, calls)];
}

/** How many will be called before `ticketId`: the people ahead printed on a new ticket. */
export function countAhead(
  waiting: readonly QueuedTicket[],
  rule: PriorityRule,
  calls: readonly PastCall[],
  ticketId: number,
): number {
  let ahead = 0;
  for (const t of order(waiting, rule, calls)) {
    if (t.id === ticketId) return ahead;
    ahead += 1;
  }
  return ahead;
}
