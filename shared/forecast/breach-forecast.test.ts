import { describe, expect, it } from 'vitest';
import { charterPresets } from '../charter/presets';
import { forecastQueue, type BreachForecast, type ForecastVisitor } from './breach-forecast';
import { stepForecast, type BreachMoment } from './forecast-step';

const MINUTE = 60_000;
const NINE = Date.parse('2026-11-23T00:00:00Z'); // 09:00 in Seoul
const at = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number);
  return NINE + ((h! - 9) * 60 + m!) * MINUTE;
};

type Visitor = { issuedAt: number; calledAt: number | null };

/**
 * A department's morning, minute by minute: visitors arrive at `arrivals`, `desksAt(t)` desks
 * serve in ticket order, each visitor taking exactly `serviceMs` at the desk. Returns what really
 * happened to every visitor, so a forecast can be checked against it.
 */
function simulateMorning(
  arrivals: number[],
  desksAt: (t: number) => number,
  serviceMs: number,
  until: number,
): { visitors: Visitor[]; busy: (t: number) => { busySince: number | null }[] } {
  const visitors: Visitor[] = arrivals.map((issuedAt) => ({ issuedAt, calledAt: null }));
  const deskFreeAt: number[] = [];
  for (let t = arrivals[0]!; t <= until; t += 1000) {
    while (deskFreeAt.length < desksAt(t)) deskFreeAt.push(t);
    for (let d = 0; d < desksAt(t); d++) {
      if (deskFreeAt[d]! > t) continue;
      const next = visitors.find((v) => v.calledAt === null && v.issuedAt <= t);
      if (!next) break;
      next.calledAt = t;
      deskFreeAt[d] = t + serviceMs;
    }
  }
  return {
    visitors,
    busy: (t) =>
      Array.from({ length: desksAt(t) }, (_, d) => {
        const serving = visitors.filter(
          (v) => v.calledAt !== null && v.calledAt <= t && v.calledAt + serviceMs > t,
        );
        return { busySince: serving[d]?.calledAt ?? null };
      }),
  };
}

const waitingAt = (visitors: Visitor[], t: number, targetMs: number): ForecastVisitor[] =>
  visitors
    .filter((v) => v.issuedAt <= t && (v.calledAt === null || v.calledAt > t))
    .map((v) => ({ issuedAt: v.issuedAt, targetMs, targetKind: 'guide' as const }));

const breachMoments = (visitors: Visitor[], targetMs: number, t: number): BreachMoment[] =>
  visitors
    .filter((v) => v.issuedAt + targetMs <= t && (v.calledAt === null || v.calledAt > v.issuedAt + targetMs))
    .map((v) => ({ at: v.issuedAt + targetMs, targetMs, targetKind: 'guide' as const }))
    .sort((a, b) => a.at - b.at);

/** Runs the hub's forecast loop over the morning, looking every 15 seconds, and returns its records. */
function forecastMorning(
  morning: ReturnType<typeof simulateMorning>,
  desksAt: (t: number) => number,
  serviceMs: number,
  targetMs: number,
  from: number,
  until: number,
): BreachForecast[] {
  const records: BreachForecast[] = [];
  for (let t = from; t <= until; t += 15_000) {
    const waiting = waitingAt(morning.visitors, t, targetMs);
    const forecast = forecastQueue({ now: t, waiting, desks: morning.busy(t), cycleMs: serviceMs });
    const change = stepForecast({
      now: t,
      forecast,
      waiting: waiting.length,
      desksPresent: desksAt(t),
      breaches: breachMoments(morning.visitors, targetMs, t),
      latest: records.at(-1) ?? null,
      horizonMs: 15 * MINUTE,
      startOfDay: NINE - 9 * 60 * MINUTE,
    });
    if (change.kind === 'insert') {
      records.push({ id: records.length + 1, departmentId: 1, businessDay: '2026-11-23', ...change.record });
    } else if (change.kind === 'update') {
      Object.assign(
        records.find((r) => r.id === change.id)!,
        change.patch,
      );
    }
  }
  return records;
}

describe('the breach forecast', () => {
  const mokpoGuide = charterPresets.mokpo.guideTargetMs!;

  it('is read from the 목포시 charter: 2 minutes to guide a visitor', () => {
    expect(mokpoGuide).toBe(2 * MINUTE);
    expect(charterPresets.miryang.guideTargetMs).toBe(3 * MINUTE);
  });

  it('foresees the breach of a morning whose queue outgrows its one desk, at the minute it happens', () => {
    // One desk, 4 minutes per visitor, a visitor every 3 minutes from 09:00: visitor k is called
    // at 4k minutes after waiting k minutes, so the fourth (09:09) is the first to wait more than
    // 2 minutes; their clock passes the target at 09:11.
    const arrivals = Array.from({ length: 8 }, (_, k) => NINE + 3 * k * MINUTE);
    const morning = simulateMorning(arrivals, () => 1, 4 * MINUTE, at('09:40'));
    expect(breachMoments(morning.visitors, mokpoGuide, at('09:40'))[0]!.at).toBe(at('09:11'));

    // At 09:09 the desk has served visitor 2 since 09:08; visitor 3 will be called at 09:12.
    const forecast = forecastQueue({
      now: at('09:09'),
      waiting: waitingAt(morning.visitors, at('09:09'), mokpoGuide),
      desks: morning.busy(at('09:09')),
      cycleMs: 4 * MINUTE,
    });
    expect(forecast).toEqual({
      breach: { at: at('09:11'), targetMs: mokpoGuide, targetKind: 'guide' },
      pastTarget: 0,
      desksNeeded: 2,
    });
    // At 09:06 nobody is at risk yet: visitor 2 will be called at 09:08, exactly on target.
    expect(
      forecastQueue({
        now: at('09:06'),
        waiting: waitingAt(morning.visitors, at('09:06'), mokpoGuide),
        desks: morning.busy(at('09:06')),
        cycleMs: 4 * MINUTE,
      }).breach,
    ).toBeNull();

    const [first] = forecastMorning(morning, () => 1, 4 * MINUTE, mokpoGuide, NINE, at('09:14'));
    expect(first).toMatchObject({
      madeAt: at('09:09'),
      predictedBreachAt: at('09:11'),
      outcome: 'breached',
      breachAt: at('09:11'),
      desksNeeded: 2,
    });
  });

  it('warns ten minutes ahead when a group arrives at once, and names the desks that would keep the target', () => {
    // 12 visitors from 09:30 (one every 5 seconds), two desks, 5 minutes each, a 10-minute target:
    // the i-th is called ⌊i/2⌋·5 minutes after 09:30, so the 7th (09:30:30) waits 15 minutes and
    // passes the target at 09:40:30.
    const arrivals = Array.from({ length: 12 }, (_, i) => at('09:30') + i * 5_000);
    const morning = simulateMorning(arrivals, () => 2, 5 * MINUTE, at('10:10'));
    const truth = breachMoments(morning.visitors, 10 * MINUTE, at('10:10'))[0]!.at;
    expect(truth).toBe(at('09:40') + 30_000);

    // The warning comes with the 7th visitor, the first the two desks cannot call in time. By
    // 09:31 ten wait; with three more desks from now the last would be called at 09:40:05.
    const early = forecastMorning(morning, () => 2, 5 * MINUTE, 10 * MINUTE, at('09:29'), at('09:31'));
    expect(early).toEqual([
      expect.objectContaining({
        madeAt: at('09:30') + 30_000,
        predictedBreachAt: truth,
        expectedBreachAt: truth,
        outcome: null,
        waiting: 10,
        desksPresent: 2,
        desksNeeded: 5,
      }),
    ]);
    const records = forecastMorning(morning, () => 2, 5 * MINUTE, 10 * MINUTE, at('09:29'), at('09:42'));
    expect(records).toEqual([expect.objectContaining({ outcome: 'breached', breachAt: truth })]);
    expect(truth - records[0]!.madeAt).toBe(10 * MINUTE);
  });

  it('counts a warning acted on as averted: three more desks opened at 09:32', () => {
    const desksAt = (t: number) => (t >= at('09:32') ? 5 : 2);
    const arrivals = Array.from({ length: 12 }, (_, i) => at('09:30') + i * 5_000);
    const morning = simulateMorning(arrivals, desksAt, 5 * MINUTE, at('10:10'));
    expect(breachMoments(morning.visitors, 10 * MINUTE, at('10:10'))).toEqual([]);
    const records = forecastMorning(morning, desksAt, 5 * MINUTE, 10 * MINUTE, at('09:29'), at('10:10'));
    expect(records).toEqual([
      expect.objectContaining({
        outcome: 'averted',
        closedAt: at('09:32'),
        desksPresent: 2,
        desksAtClose: 5,
      }),
    ]);
  });

  it('counts a warning lifted with no more desks as given for nothing', () => {
    // Visitors turn out quicker than the morning's service time said: the forecast clears itself.
    const arrivals = Array.from({ length: 12 }, (_, i) => at('09:30') + i * 5_000);
    const morning = simulateMorning(arrivals, () => 2, 2 * MINUTE, at('10:10'));
    const records: BreachForecast[] = [];
    for (const [t, cycleMs] of [
      [at('09:31'), 5 * MINUTE],
      [at('09:35'), 2 * MINUTE],
    ] as const) {
      const waiting = waitingAt(morning.visitors, t, 10 * MINUTE);
      const change = stepForecast({
        now: t,
        forecast: forecastQueue({ now: t, waiting, desks: morning.busy(t), cycleMs }),
        waiting: waiting.length,
        desksPresent: 2,
        breaches: breachMoments(morning.visitors, 10 * MINUTE, t),
        latest: records.at(-1) ?? null,
        horizonMs: 15 * MINUTE,
        startOfDay: NINE,
      });
      if (change.kind === 'insert')
        records.push({ id: 1, departmentId: 1, businessDay: '', ...change.record });
      if (change.kind === 'update') Object.assign(records[0]!, change.patch);
    }
    expect(records).toEqual([expect.objectContaining({ outcome: 'noBreach', closedAt: at('09:35') })]);
  });

  it('records a breach that came without a warning, and gives none while it lasts', () => {
    // No desk time known yet and a desk present: no forecast; a visitor passes 2 minutes anyway.
    const look = (now: number, latest: BreachForecast | null, pastTarget: number) =>
      stepForecast({
        now,
        forecast: { breach: null, pastTarget, desksNeeded: 1 },
        waiting: 3,
        desksPresent: 1,
        breaches: [{ at: at('09:02'), targetMs: mokpoGuide, targetKind: 'guide' }],
        latest,
        horizonMs: 15 * MINUTE,
        startOfDay: NINE - 9 * 60 * MINUTE,
      });
    const change = look(at('09:03'), null, 1);
    expect(change).toMatchObject({
      kind: 'insert',
      record: { outcome: 'unwarned', breachAt: at('09:02'), breachEndedAt: null },
    });
    if (change.kind !== 'insert') throw new Error('expected a record');
    const record: BreachForecast = { id: 1, departmentId: 1, businessDay: '', ...change.record };
    expect(look(at('09:04'), record, 1)).toEqual({ kind: 'none' });
    expect(look(at('09:05'), record, 0)).toEqual({
      kind: 'update',
      id: 1,
      patch: { breachEndedAt: at('09:05') },
    });
    // Once it ended, the same breach is not counted again.
    expect(look(at('09:06'), { ...record, breachEndedAt: at('09:05') }, 0)).toEqual({ kind: 'none' });
  });

  it('is certain without a desk present, and unsure without a desk time while a desk serves', () => {
    const waiting: ForecastVisitor[] = [{ issuedAt: at('09:00'), targetMs: mokpoGuide, targetKind: 'guide' }];
    expect(forecastQueue({ now: at('09:01'), waiting, desks: [], cycleMs: null })).toEqual({
      breach: { at: at('09:02'), targetMs: mokpoGuide, targetKind: 'guide' },
      pastTarget: 0,
      desksNeeded: 1,
    });
    expect(
      forecastQueue({ now: at('09:01'), waiting, desks: [{ busySince: null }], cycleMs: null }).breach,
    ).toBeNull();
    // A visitor without a target never breaches, but still takes a desk's time.
    const untargeted: ForecastVisitor = { issuedAt: at('09:00'), targetMs: null, targetKind: 'guide' };
    const behind: ForecastVisitor = { issuedAt: at('09:00'), targetMs: 4 * MINUTE, targetKind: 'guide' };
    expect(
      forecastQueue({
        now: at('09:00'),
        waiting: [untargeted, untargeted, behind],
        desks: [{ busySince: null }],
        cycleMs: 3 * MINUTE,
      }).breach?.at,
    ).toBe(at('09:04'));
  });
});
