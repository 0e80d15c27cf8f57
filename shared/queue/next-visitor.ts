import { FIRST_RULE_MAX_PASSES, type PriorityRule } from './priority-rule';

/** What deciding the order needs to know of a waiting ticket. */
export type QueuedTicket = {
  id: number;
  /** When this ticket joined the department's queue (a transfer's new ticket: when it came over). */
  issuedAt: number;
  /**
   * The first ticket of the visit's transfer chain, the ticket itself unless it was transferred.
   * A transferred visitor keeps the place that ticket gave them: one who already waited once does
   * not wait the whole queue again. Ids are given in the order tickets are issued, so this is the
   * order of "when they first took a ticket", and a clock set back cannot reorder the line.
   */
  firstTicketId: number;
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

const byPlace = (a: QueuedTicket, b: QueuedTicket) => a.firstTicketId - b.firstTicketId || a.id - b.id;

/**
 * For each position of `line`, the earliest time anyone from there on joined this department's
 * queue: the visitor among them who has waited here longest, whom the most priority calls passed.
 */
function longestWaitFrom(line: readonly QueuedTicket[]): number[] {
  const since = new Array<number>(line.length);
  let earliest = Number.POSITIVE_INFINITY;
  for (let i = line.length - 1; i >= 0; i--) {
    earliest = Math.min(earliest, line[i]!.issuedAt);
    since[i] = earliest;
  }
  return since;
}

/**
 * Yields the waiting tickets in the order they will be called if nobody else arrives: served-first
 * visitors, then priority and ordinary visitors as the department's rule says, each group in the
 * order its visitors first took a ticket (`firstTicketId`). Linear in the queue after sorting, so a
 * long queue costs little on every ticket issued.
 */
function* order<T extends QueuedTicket>(
  waiting: readonly T[],
  rule: PriorityRule,
  calls: readonly PastCall[],
): Generator<T> {
  const servedFirst = waiting.filter((t) => t.servedFirst).sort(byPlace);
  const ordinary = waiting.filter((t) => !t.servedFirst && !t.prioritized).sort(byPlace);
  const priority = waiting.filter((t) => !t.servedFirst && t.prioritized).sort(byPlace);

  // ratio: ordinary calls since the last priority call (all of them when there was none).
  const lastPriority = calls.findLastIndex((c) => c.prioritized);
  let ordinarySincePriority = lastPriority < 0 ? Number.POSITIVE_INFINITY : calls.length - 1 - lastPriority;
  // first: priority calls made while an ordinary visitor waited here. A priority call passes every
  // ordinary visitor waiting, so the limit binds on the one who joined this queue earliest — not
  // always the first in line, since a transferred visitor keeps an earlier place but joined later.
  // Past calls are counted from that visitor's ticket's time; every call from now on comes after it.
  const pastPriorityTimes = calls.filter((c) => c.prioritized).map((c) => c.at);
  const joinedFrom = longestWaitFrom(ordinary);
  let pastBefore = 0;
  let futurePriorityCalls = 0;
  const mostPassesFrom = (o: number): number => {
    // Never decreasing in o (the suffix minimum), so one forward walk over past calls suffices.
    while (pastBefore < pastPriorityTimes.length && pastPriorityTimes[pastBefore]! < joinedFrom[o]!)
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
    const priorityGoes =
      p < priority.length &&
      (o === ordinary.length ||
        (rule.kind === 'ratio'
          ? ordinarySincePriority >= rule.ordinaryPerPriority
          : mostPassesFrom(o) < FIRST_RULE_MAX_PASSES));
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

/** What counting the queue tells, without listing it: see `aheadOfNewest`. */
export type QueueCount = {
  waiting: number;
  /** The newest waiting ticket's id; null when nobody waits. */
  newestId: number | null;
  /** Waiting priority visitors who are not served first. */
  prioritized: number;
};

/**
 * How many are ahead of a ticket that has just joined at the back, worked out from counts alone:
 * the newest ticket, neither served first nor a priority visitor nor a transfer keeping an earlier
 * place, has everyone else ahead of it, unless a priority visitor waits, whom the rule may still
 * place behind it. Null then, and for any other ticket: `countAhead` works the order out. Issuing
 * a ticket asks this, so a long queue does not make every new ticket slower.
 */
export function aheadOfNewest(ticket: QueuedTicket, queue: QueueCount): number | null {
  const atTheBack =
    !ticket.servedFirst &&
    !ticket.prioritized &&
    ticket.firstTicketId === ticket.id &&
    queue.newestId === ticket.id;
  return atTheBack && queue.prioritized === 0 ? queue.waiting - 1 : null;
}
