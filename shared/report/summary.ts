import { median, percentile } from '../stats/summary';
import { seoulWallClock } from './seoul-time';
import type { VisitMeasures } from './visit-measures';
import type { VisitRecord } from './visit-record';

export type ClockSummary = {
  /** Visits whose clock stopped. */
  measured: number;
  medianMs: number | null;
  p90Ms: number | null;
  worstMs: number | null;
  /** Measured visits that had a target, and how many of them kept it. */
  targeted: number;
  within: number;
  /** within / targeted; null without a targeted visit. */
  withinShare: number | null;
};

export type GroupSummary = {
  key: string;
  labelKo: string;
  visitors: number;
  served: number;
  noShows: number;
  transferred: number;
  attend: ClockSummary;
  guide: ClockSummary;
  escorts: number;
  repeatVisits: number;
  compensations: number;
  compensationWon: number;
};

/** Visits by the Seoul hour their ticket was issued, over all days of the report. */
export type HourSummary = { hour: number; visitors: number; attendBreaches: number };

export type ReportSummary = {
  from: string;
  to: string;
  total: GroupSummary;
  departments: GroupSummary[];
  desks: GroupSummary[];
  hours: HourSummary[];
};

const seoulHour = (ms: number): number => seoulWallClock(ms).getUTCHours();

type ClockAccumulator = { times: number[]; targeted: number; within: number };
type GroupAccumulator = Omit<GroupSummary, 'attend' | 'guide'> & {
  attend: ClockAccumulator;
  guide: ClockAccumulator;
};

const newClock = (): ClockAccumulator => ({ times: [], targeted: 0, within: 0 });

function newGroup(key: string, labelKo: string): GroupAccumulator {
  return {
    key,
    labelKo,
    visitors: 0,
    served: 0,
    noShows: 0,
    transferred: 0,
    attend: newClock(),
    guide: newClock(),
    escorts: 0,
    repeatVisits: 0,
    compensations: 0,
    compensationWon: 0,
  };
}

function addClock(clock: ClockAccumulator, ms: number | null, within: boolean | null): void {
  if (ms === null) return;
  clock.times.push(ms);
  if (within === null) return;
  clock.targeted += 1;
  if (within) clock.within += 1;
}

function addVisit(group: GroupAccumulator, v: VisitRecord, m: VisitMeasures): void {
  group.visitors += 1;
  if (v.status === 'served') group.served += 1;
  if (v.status === 'noShow') group.noShows += 1;
  if (v.status === 'transferred') group.transferred += 1;
  addClock(group.attend, m.timeToAttendMs, m.attendWithin);
  addClock(group.guide, m.timeToGuideMs, m.guideWithin);
  if (v.escortKind === 'escort') group.escorts += 1;
  if (v.repeatOfNumber !== null) group.repeatVisits += 1;
  if (v.compensationStatus !== null && v.compensationStatus !== 'rejected') {
    group.compensations += 1;
    group.compensationWon += v.compensationAmountWon ?? 0;
  }
}

function finishClock(c: ClockAccumulator): ClockSummary {
  return {
    measured: c.times.length,
    medianMs: median(c.times),
    p90Ms: percentile(c.times, 90),
    worstMs: c.times.length ? c.times.reduce((a, b) => Math.max(a, b)) : null,
    targeted: c.targeted,
    within: c.within,
    withinShare: c.targeted ? c.within / c.targeted : null,
  };
}

function finishGroup(g: GroupAccumulator): GroupSummary {
  return { ...g, attend: finishClock(g.attend), guide: finishClock(g.guide) };
}

/**
 * Folds visits into the report's summary, per department, per desk and in total. Keeps only
 * the clock figures of each visit, so a year of visits fits in a few megabytes.
 */
export function createSummaryBuilder(from: string, to: string) {
  const total = newGroup('total', '전체');
  const departments = new Map<number, GroupAccumulator>();
  const desks = new Map<number, GroupAccumulator>();
  const hours = new Map<number, HourSummary>();
  return {
    add(v: VisitRecord, m: VisitMeasures): void {
      addVisit(total, v, m);
      const hour = seoulHour(v.issuedAt);
      const bucket = hours.get(hour) ?? { hour, visitors: 0, attendBreaches: 0 };
      bucket.visitors += 1;
      if (m.attendWithin === false) bucket.attendBreaches += 1;
      hours.set(hour, bucket);
      let department = departments.get(v.departmentId);
      if (!department)
        departments.set(
          v.departmentId,
          (department = newGroup(`department:${v.departmentId}`, v.departmentKo)),
        );
      addVisit(department, v, m);
      if (v.deskId !== null) {
        let desk = desks.get(v.deskId);
        if (!desk) desks.set(v.deskId, (desk = newGroup(`desk:${v.deskId}`, v.deskKo ?? '')));
        addVisit(desk, v, m);
      }
    },
    finish(): ReportSummary {
      const byKey = (a: GroupAccumulator, b: GroupAccumulator) =>
        a.key.localeCompare(b.key, 'en', { numeric: true });
      return {
        from,
        to,
        total: finishGroup(total),
        departments: [...departments.values()].sort(byKey).map(finishGroup),
        desks: [...desks.values()].sort(byKey).map(finishGroup),
        hours: [...hours.values()].sort((a, b) => a.hour - b.hour),
      };
    },
  };
}
