import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aheadOfNewest,
  callingOrder,
  countAhead,
  pickNext,
  type PastCall,
  type QueuedTicket,
  type QueueCount,
} from './next-visitor';
import { FIRST_RULE_MAX_PASSES, type PriorityRule } from './priority-rule';

const ticket = (id: number, prioritized = false, servedFirst = false): QueuedTicket => ({
  id,
  issuedAt: id * 1000,
  firstTicketId: id,
  servedFirst,
  prioritized,
});

/** A visitor transferred in at `id`'s time, who first took a ticket (elsewhere) as `firstTicketId`. */
const transferred = (id: number, firstTicketId: number, prioritized = false): QueuedTicket => ({
  ...ticket(id, prioritized),
  firstTicketId,
});

/**
 * A department's day as a sequence of steps: a ticket issued, a visitor transferred in from another
 * department (who first took a ticket a `share` of the day so far ago), or a desk calling the next one.
 */
type Step =
  'ordinary' | 'priority' | 'call' | { transferredIn: 'ordinary' | 'priority'; firstTookAtShare: number };

type Called = { ticket: QueuedTicket; at: number; waitingOrdinary: boolean; waitingPriority: boolean };

type Day = {
  calls: Called[];
  /** For every ticket: the step it was issued at and the step it was called at (null: still waiting). */
  tickets: { ticket: QueuedTicket; issuedStep: number; calledStep: number | null }[];
};

/** Runs a day through `pickNext`, exactly as the hub's callNext does. */
function runDay(steps: readonly Step[], rule: PriorityRule): Day {
  const waiting: QueuedTicket[] = [];
  const history: PastCall[] = [];
  const day: Day = { calls: [], tickets: [] };
  steps.forEach((step, at) => {
    if (step !== 'call') {
      // Tickets issued here get even ids, first tickets taken in another department odd ones:
      // ids follow the order of issue across the office, as the hub's do.
      const id = 2 * (at + 1);
      const t =
        typeof step === 'string'
          ? { id, issuedAt: at, firstTicketId: id, servedFirst: false, prioritized: step === 'priority' }
          : {
              id,
              issuedAt: at,
              firstTicketId: 2 * Math.floor(step.firstTookAtShare * at) + 1,
              servedFirst: false,
              prioritized: step.transferredIn === 'priority',
            };
      waiting.push(t);
      day.tickets.push({ ticket: t, issuedStep: at, calledStep: null });
      return;
    }
    const next = pickNext(waiting, rule, history);
    if (next === null) return;
    day.calls.push({
      ticket: next,
      at,
      waitingOrdinary: waiting.some((t) => !t.prioritized),
      waitingPriority: waiting.some((t) => t.prioritized),
    });
    waiting.splice(waiting.indexOf(next), 1);
    history.push({ prioritized: next.prioritized, at });
    day.tickets.find((d) => d.ticket === next)!.calledStep = at;
  });
  return day;
}

const transferIn = fc.record({
  transferredIn: fc.constantFrom<'ordinary' | 'priority'>('ordinary', 'priority'),
  firstTookAtShare: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
});
// 'large': fast-check otherwise keeps arrays to a handful of steps, too few for a queue to build up.
const steps = fc.array(
  fc.oneof(
    { arbitrary: fc.constantFrom<Step>('ordinary', 'priority', 'call', 'call'), weight: 8 },
    { arbitrary: transferIn, weight: 1 },
  ),
  { maxLength: 300, size: 'large' },
);
/** Days where priority visitors come in a flood: the case that could starve ordinary ones. */
const floodedSteps = fc.array(
  fc.oneof(
    { arbitrary: fc.constantFrom<Step>('ordinary', 'priority', 'priority', 'priority', 'call'), weight: 8 },
    { arbitrary: transferIn, weight: 1 },
  ),
  { maxLength: 300, size: 'large' },
);
/** The same days without transfers: every visitor's place is their own ticket. */
const untransferred = (day: readonly Step[]) => day.filter((s) => typeof s === 'string');
const ratioRule = fc
  .integer({ min: 1, max: 6 })
  .map((n): PriorityRule => ({ kind: 'ratio', ordinaryPerPriority: n }));
const anyRule = fc.oneof(fc.constant<PriorityRule>({ kind: 'first' }), ratioRule);

/**
 * A waiting line's rows, ids up to `maxId`: whether each is a priority visitor (p) or may be served
 * first (f), and for a transferred one, how far back (a share of its id) it first took a ticket.
 */
const queueRows = (maxId: number, maxLength: number) =>
  fc.uniqueArray(
    fc.record({
      id: fc.integer({ min: 1, max: maxId }),
      p: fc.boolean(),
      f: fc.boolean(),
      firstTookShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
    }),
    { selector: (r) => r.id, maxLength },
  );

/** The department's calls so far, in any order: sort them before use. */
const pastCalls = (maxLength: number) =>
  fc.array(fc.record({ prioritized: fc.boolean(), at: fc.integer({ min: 0, max: 600_000 }) }), { maxLength });

function callsDuring(day: Day, from: number, to: number | null) {
  return day.calls.filter((c) => c.at > from && (to === null || c.at < to));
}

describe('who is next', () => {
  it('calls served-first visitors, then priority ones first, each group in the order they came', () => {
    const waiting = [ticket(1), ticket(2, true), ticket(3), ticket(4, false, true), ticket(5, true)];
    expect(callingOrder(waiting, { kind: 'first' }, []).map((t) => t.id)).toEqual([4, 2, 5, 1, 3]);
    expect(pickNext(waiting, { kind: 'first' }, [])?.id).toBe(4);
    expect(pickNext([], { kind: 'first' }, [])).toBeNull();
  });

  it('under "one priority per 2 ordinary" interleaves, starting with a priority visitor the day has not served yet', () => {
    const waiting = [ticket(1), ticket(2), ticket(3), ticket(4), ticket(5), ticket(6, true), ticket(7, true)];
    const rule: PriorityRule = { kind: 'ratio', ordinaryPerPriority: 2 };
    expect(callingOrder(waiting, rule, []).map((t) => t.id)).toEqual([6, 1, 2, 7, 3, 4, 5]);
    // One ordinary call since this morning's priority call: one more ordinary visitor first.
    const calls: PastCall[] = [
      { prioritized: true, at: 0 },
      { prioritized: false, at: 1 },
    ];
    expect(callingOrder(waiting, rule, calls).map((t) => t.id)).toEqual([1, 6, 2, 3, 7, 4, 5]);
    expect(countAhead(waiting, rule, calls, 7)).toBe(4);
  });

  it('under "first" lets an ordinary visitor go once five priority visitors went ahead of them', () => {
    const ordinary = ticket(1);
    const priorities = [2, 3, 4, 5, 6, 7, 8].map((id) => ticket(id, true));
    const order = callingOrder([ordinary, ...priorities], { kind: 'first' }, []).map((t) => t.id);
    expect(order).toEqual([2, 3, 4, 5, 6, 1, 7, 8]);
    // Priority calls made before the ordinary ticket was issued do not count as passing it.
    const before: PastCall[] = [1, 2, 3, 4, 5].map(() => ({ prioritized: true, at: 500 }));
    expect(pickNext([ordinary, ...priorities], { kind: 'first' }, before)?.id).toBe(2);
    const after: PastCall[] = [1, 2, 3, 4, 5].map(() => ({ prioritized: true, at: 1500 }));
    expect(pickNext([ordinary, ...priorities], { kind: 'first' }, after)?.id).toBe(1);
  });

  it('calls a transferred visitor by when they first took a ticket, not from the back of the queue', () => {
    // Five wait here (tickets 2, 4, 6, 8, 10); ticket 11 came over from another department, where
    // the visitor took ticket 5, before three of them.
    const here = [2, 4, 6, 8, 10].map((id) => ticket(id));
    const cameOver = transferred(11, 5);
    const waiting = [...here, cameOver];
    expect(callingOrder(waiting, { kind: 'first' }, []).map((t) => t.id)).toEqual([2, 4, 11, 6, 8, 10]);
    expect(countAhead(waiting, { kind: 'first' }, [], 11)).toBe(2);
    // A transfer along a chain keeps the first place of all.
    expect(pickNext([...here, transferred(12, 1)], { kind: 'first' }, [])?.id).toBe(12);
    // Served-first and priority visitors still come first, each group by first ticket.
    const withPriority = [...waiting, ticket(9, true), transferred(13, 3, true), ticket(14, false, true)];
    expect(callingOrder(withPriority, { kind: 'first' }, []).map((t) => t.id)).toEqual([
      14, 13, 9, 2, 4, 11, 6, 8, 10,
    ]);
  });

  it('under "first" counts passes from when a visitor joined this queue, and stops at the limit for whoever waited longest', () => {
    // Ordinary 2 has waited here since 2 s; four priority calls passed them since. Ordinary 21
    // was transferred in at 21 s and keeps the earlier place of its first ticket 1.
    const waiting = [ticket(2), transferred(21, 1), ...[22, 23, 24].map((id) => ticket(id, true))];
    const fourPasses: PastCall[] = [3, 4, 5, 6].map((s) => ({ prioritized: true, at: s * 1000 }));
    // One more priority call would make five for visitor 2: the sixth must not happen, so both
    // ordinary visitors go (21 first, by place) before the next two priority visitors.
    expect(callingOrder(waiting, { kind: 'first' }, fourPasses).map((t) => t.id)).toEqual([
      22, 21, 2, 23, 24,
    ]);
    const fivePasses: PastCall[] = [...fourPasses, { prioritized: true, at: 7000 }];
    expect(callingOrder(waiting, { kind: 'first' }, fivePasses).map((t) => t.id)).toEqual([
      21, 2, 22, 23, 24,
    ]);
  });

  it('the calling order starts with the next pick, keeps every ticket once and each group in order of first ticket', () => {
    const queued = queueRows(500, 60).map((rows) =>
      rows.map((r) => ({
        ...ticket(r.id, r.p, r.f && r.id % 7 === 0),
        firstTicketId: r.firstTookShare === null ? r.id : Math.ceil(r.firstTookShare * r.id),
      })),
    );
    const history = pastCalls(30);
    fc.assert(
      fc.property(queued, history, anyRule, (waiting, rawCalls, r) => {
        const calls = [...rawCalls].sort((a, b) => a.at - b.at);
        const order = callingOrder(waiting, r, calls);
        expect(order[0] ?? null).toBe(pickNext(waiting, r, calls));
        expect([...order].sort((a, b) => a.id - b.id)).toEqual([...waiting].sort((a, b) => a.id - b.id));
        for (const group of [
          (t: QueuedTicket) => t.servedFirst,
          (t: QueuedTicket) => !t.servedFirst && t.prioritized,
          (t: QueuedTicket) => !t.servedFirst && !t.prioritized,
        ]) {
          const places = order.filter(group).map((t) => [t.firstTicketId, t.id]);
          expect(places).toEqual([...places].sort(([a, x], [b, y]) => a! - b! || x! - y!));
        }
        order.forEach((t, i) => {
          expect(countAhead(waiting, r, calls, t.id)).toBe(i);
        });
      }),
    );
  });

  it('holds the ratio: N ordinary calls between priority calls while ordinary visitors wait, and no more', () => {
    fc.assert(
      fc.property(fc.oneof(steps, floodedSteps), ratioRule, (day, rule) => {
        if (rule.kind !== 'ratio') return;
        const { calls } = runDay(day, rule);
        let ordinarySince: number | null = null;
        for (const call of calls) {
          const bothWaited = call.waitingOrdinary && call.waitingPriority;
          if (call.ticket.prioritized) {
            if (call.waitingOrdinary && ordinarySince !== null) {
              expect(ordinarySince).toBeGreaterThanOrEqual(rule.ordinaryPerPriority);
            }
            ordinarySince = 0;
          } else {
            // A priority visitor is not held back once the ordinary quota is met.
            if (bothWaited && ordinarySince !== null) {
              expect(ordinarySince).toBeLessThan(rule.ordinaryPerPriority);
            }
            if (bothWaited && ordinarySince === null)
              expect.unreachable('the day’s first priority goes at once');
            if (ordinarySince !== null) ordinarySince += 1;
          }
        }
      }),
    );
  });

  it('never lets an ordinary visitor wait forever: priority visitors pass them a bounded number of times', () => {
    const rule = fc.oneof(fc.constant<PriorityRule>({ kind: 'first' }), ratioRule);
    fc.assert(
      fc.property(fc.oneof(steps, floodedSteps), rule, (day, r) => {
        const run = runDay(day, r);
        for (const { ticket: t, issuedStep, calledStep } of run.tickets) {
          if (t.prioritized) continue;
          const during = callsDuring(run, issuedStep, calledStep);
          const passedBy = during.filter((c) => c.ticket.prioritized).length;
          const ordinaryCalls = during.length - passedBy;
          const bound =
            r.kind === 'first'
              ? FIRST_RULE_MAX_PASSES
              : Math.floor(ordinaryCalls / r.ordinaryPerPriority) + 1;
          expect(passedBy).toBeLessThanOrEqual(bound);
        }
      }),
    );
  });

  it('serves an ordinary visitor within a bounded number of calls even in an endless priority flood', () => {
    // One ordinary visitor, then for every call three more priority visitors arrive.
    const day: Step[] = ['ordinary'];
    for (let i = 0; i < 100; i++) day.push('priority', 'priority', 'priority', 'call');
    for (const rule of [{ kind: 'first' }, { kind: 'ratio', ordinaryPerPriority: 3 }] as PriorityRule[]) {
      const run = runDay(day, rule);
      const calledAt = run.calls.findIndex((c) => !c.ticket.prioritized);
      expect(calledAt).toBe(rule.kind === 'first' ? FIRST_RULE_MAX_PASSES : 1);
    }
  });

  it('under "first" calls a waiting priority visitor before ordinary ones until the pass limit', () => {
    fc.assert(
      fc.property(fc.oneof(steps, floodedSteps), (day) => {
        const run = runDay(untransferred(day), { kind: 'first' });
        for (const call of run.calls) {
          if (call.ticket.prioritized || !call.waitingPriority) continue;
          // An ordinary call while a priority visitor waited: the ordinary one had been passed enough.
          const own = run.tickets.find((d) => d.ticket === call.ticket)!;
          const passedBy = callsDuring(run, own.issuedStep, call.at).filter((c) => c.ticket.prioritized);
          expect(passedBy.length).toBe(FIRST_RULE_MAX_PASSES);
        }
      }),
    );
  });

  it('under "first" with transfers, an ordinary call while priority visitors wait means someone reached the limit', () => {
    fc.assert(
      fc.property(fc.oneof(steps, floodedSteps), (day) => {
        const run = runDay(day, { kind: 'first' });
        for (const call of run.calls) {
          if (call.ticket.prioritized || !call.waitingPriority) continue;
          const mostPassed = Math.max(
            ...run.tickets
              .filter(
                (d) =>
                  !d.ticket.prioritized &&
                  d.issuedStep < call.at &&
                  (d.calledStep === null || d.calledStep >= call.at),
              )
              .map((d) => callsDuring(run, d.issuedStep, call.at).filter((c) => c.ticket.prioritized).length),
          );
          expect(mostPassed).toBe(FIRST_RULE_MAX_PASSES);
        }
      }),
    );
  });
});

describe('how many are ahead of a new ticket, from counts alone', () => {
  const counted = (waiting: readonly QueuedTicket[]): QueueCount => ({
    waiting: waiting.length,
    newestId: waiting.length === 0 ? null : Math.max(...waiting.map((t) => t.id)),
    prioritized: waiting.filter((t) => t.prioritized && !t.servedFirst).length,
  });

  it('is everyone else waiting for a plain newcomer, and left to the full order when a priority visitor waits', () => {
    const waiting = [ticket(1, false, true), transferred(9, 2), ticket(5), ticket(10)];
    expect(aheadOfNewest(ticket(10), counted(waiting))).toBe(3);
    const withPriority = [...waiting.slice(0, 3), ticket(6, true), ticket(10)];
    expect(aheadOfNewest(ticket(10), counted(withPriority))).toBeNull();
    // Not the newest, a priority visitor, served first, or a transfer keeping an earlier place.
    expect(aheadOfNewest(ticket(5), counted(waiting))).toBeNull();
    expect(aheadOfNewest(ticket(11, true), counted([...waiting, ticket(11, true)]))).toBeNull();
    expect(aheadOfNewest(ticket(11, false, true), counted([...waiting, ticket(11, false, true)]))).toBeNull();
    expect(aheadOfNewest(transferred(11, 3), counted([...waiting, transferred(11, 3)]))).toBeNull();
  });

  it('agrees with the full calling order whenever it answers', () => {
    const queue = queueRows(300, 40);
    // Half the queues have no priority visitor besides the served-first ones, where the counts answer.
    const priorityWaits = fc.boolean();
    const newcomer = fc.record({ p: fc.boolean(), f: fc.boolean(), transferred: fc.boolean() });
    const history = pastCalls(20);
    let answered = 0;
    fc.assert(
      fc.property(queue, priorityWaits, newcomer, history, anyRule, (rows, anyPriority, n, rawCalls, r) => {
        const waiting = rows.map((row) => ({
          ...ticket(row.id, row.p && (anyPriority || row.id % 7 === 0), row.f && row.id % 7 === 0),
          firstTicketId: row.firstTookShare === null ? row.id : Math.ceil(row.firstTookShare * row.id),
        }));
        const newest = { ...ticket(301, n.p, n.f), firstTicketId: n.transferred ? 150 : 301 };
        const line = [...waiting, newest];
        const calls = [...rawCalls].sort((a, b) => a.at - b.at);
        const fast = aheadOfNewest(newest, counted(line));
        if (fast !== null) {
          answered += 1;
          expect(fast).toBe(countAhead(line, r, calls, newest.id));
        }
      }),
      { numRuns: 1000 },
    );
    // The property is only worth something if the counts answered often enough.
    expect(answered).toBeGreaterThan(20);
  });
});
