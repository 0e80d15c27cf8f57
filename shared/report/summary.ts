import { addRating, mergeRatings, noRatings, type RatingCounts } from '../satisfaction/rating';
import { priorityNeeds, type PriorityNeed } from '../queue/priority-rule';
import { forecastReport, type ForecastReport } from './forecast-accuracy';
import { median, percentile } from '../stats/summary';
import { createCaseSummaryBuilder, type CaseReportRecord, type CaseSummary } from './case-summary';
import { createEscortDays, type EscortDaySummary, type EscortRecord } from './escort-times';
import { lobbyWait, msPerSeoulHour } from './lobby-wait';
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

/**
 * Priority visits (사회적 배려) apart from the others: how many, for which need, and how long
 * priority and ordinary visitors waited for a desk (arrived − issued, the time-to-guide clock).
 */
export type PrioritySummary = {
  visitors: number;
  byNeed: Record<PriorityNeed, number>;
  wait: ClockSummary;
  ordinaryWait: ClockSummary;
};

export type GroupSummary = {
  key: string;
  labelKo: string;
  priority: PrioritySummary;
  visitors: number;
  served: number;
  noShows: number;
  transferred: number;
  /** Visits their business day left open, closed when it ended (never measured later). */
  closedAtDayEnd: number;
  attend: ClockSummary;
  guide: ClockSummary;
  escorts: number;
  repeatVisits: number;
  compensations: number;
  compensationWon: number;
  /** One-tap ratings of these visits, per face (see shared/satisfaction/rating.ts). */
  ratings: RatingCounts;
};

/**
 * One Seoul clock hour over all days of the report: the visits whose ticket was issued in it, and
 * the waiting time visitors spent in it (see `lobbyWait`), whenever their ticket was issued.
 */
export type HourSummary = { hour: number; visitors: number; attendBreaches: number; waitingMs: number };

export type ReportSummary = {
  from: string;
  to: string;
  total: GroupSummary;
  departments: GroupSummary[];
  desks: GroupSummary[];
  /** One group per business day with a visit, in day order (key `day:YYYY-MM-DD`). */
  days: GroupSummary[];
  /**
   * Per staff member who attended a visit, only where the office turned per-staff figures on
   * (null otherwise). Days whose visit details were purged have none: they kept no staff.
   */
  staff: GroupSummary[] | null;
  /** How the breach forecast did over these days. */
  forecasts: ForecastReport;
  hours: HourSummary[];
  /** The hub's time of the summary: visitors still waiting are counted until then. */
  asOf: number;
  /** Escort times per business day of the report, in day order (days without escorts left out). */
  escortDays: EscortDaySummary[];
  /** Complaints, dissatisfaction and unkindness reports and suggestions received in the report's days. */
  cases: CaseSummary;
};

const seoulHour = (ms: number): number => seoulWallClock(ms).getUTCHours();

/** A clock's measured times (ms, in no order) and how many had a target and kept it. */
export type ClockSamples = { times: number[]; targeted: number; within: number };

export type PriorityTally = {
  visitors: number;
  byNeed: Record<PriorityNeed, number>;
  wait: ClockSamples;
  ordinaryWait: ClockSamples;
};

/** What a set of visits adds up to, before the medians are taken: it can be merged. */
export type VisitTally = Omit<GroupSummary, 'key' | 'labelKo' | 'attend' | 'guide' | 'priority'> & {
  attend: ClockSamples;
  guide: ClockSamples;
  priority: PriorityTally;
};

type GroupAccumulator = VisitTally & { key: string; labelKo: string };

const newClock = (): ClockSamples => ({ times: [], targeted: 0, within: 0 });

const noNeeds = (): Record<PriorityNeed, number> =>
  Object.fromEntries(priorityNeeds.map((n) => [n, 0])) as Record<PriorityNeed, number>;

export function emptyPriorityTally(): PriorityTally {
  return { visitors: 0, byNeed: noNeeds(), wait: newClock(), ordinaryWait: newClock() };
}

export function emptyTally(): VisitTally {
  return {
    visitors: 0,
    served: 0,
    noShows: 0,
    transferred: 0,
    closedAtDayEnd: 0,
    attend: newClock(),
    guide: newClock(),
    escorts: 0,
    repeatVisits: 0,
    compensations: 0,
    compensationWon: 0,
    ratings: noRatings(),
    priority: emptyPriorityTally(),
  };
}

function addClock(clock: ClockSamples, ms: number | null, within: boolean | null): void {
  if (ms === null) return;
  clock.times.push(ms);
  if (within === null) return;
  clock.targeted += 1;
  if (within) clock.within += 1;
}

export function tallyVisit(tally: VisitTally, v: VisitRecord, m: VisitMeasures): void {
  tally.visitors += 1;
  if (v.status === 'served') tally.served += 1;
  if (v.status === 'noShow') tally.noShows += 1;
  if (v.status === 'transferred') tally.transferred += 1;
  if (v.status === 'closedAtDayEnd') tally.closedAtDayEnd += 1;
  addClock(tally.attend, m.timeToAttendMs, m.attendWithin);
  addClock(tally.guide, m.timeToGuideMs, m.guideWithin);
  if (v.escortKind === 'escort') tally.escorts += 1;
  if (v.repeatOfNumber !== null) tally.repeatVisits += 1;
  if (v.compensationStatus !== null && v.compensationStatus !== 'rejected') {
    tally.compensations += 1;
    tally.compensationWon += v.compensationAmountWon ?? 0;
  }
  if (v.rating !== null) addRating(tally.ratings, v.rating);
  if (v.priorityNeed === null) {
    addClock(tally.priority.ordinaryWait, m.timeToGuideMs, m.guideWithin);
  } else {
    tally.priority.visitors += 1;
    tally.priority.byNeed[v.priorityNeed] += 1;
    addClock(tally.priority.wait, m.timeToGuideMs, m.guideWithin);
  }
}

function mergeClock(into: ClockSamples, from: ClockSamples): void {
  for (const ms of from.times) into.times.push(ms);
  into.targeted += from.targeted;
  into.within += from.within;
}

function mergeTally(into: VisitTally, from: VisitTally): void {
  into.visitors += from.visitors;
  into.served += from.served;
  into.noShows += from.noShows;
  into.transferred += from.transferred;
  into.closedAtDayEnd += from.closedAtDayEnd;
  mergeClock(into.attend, from.attend);
  mergeClock(into.guide, from.guide);
  into.escorts += from.escorts;
  into.repeatVisits += from.repeatVisits;
  into.compensations += from.compensations;
  into.compensationWon += from.compensationWon;
  mergeRatings(into.ratings, from.ratings);
  into.priority.visitors += from.priority.visitors;
  for (const need of priorityNeeds) into.priority.byNeed[need] += from.priority.byNeed[need];
  mergeClock(into.priority.wait, from.priority.wait);
  mergeClock(into.priority.ordinaryWait, from.priority.ordinaryWait);
}

const hourBucket = (hours: Map<number, HourSummary>, hour: number): HourSummary => {
  let bucket = hours.get(hour);
  if (!bucket) hours.set(hour, (bucket = { hour, visitors: 0, attendBreaches: 0, waitingMs: 0 }));
  return bucket;
};

/** Counts a visit in its Seoul hour of issue, and its waiting in the hours it waited through. */
export function tallyHour(
  hours: Map<number, HourSummary>,
  v: VisitRecord,
  m: VisitMeasures,
  asOf: number,
): void {
  const bucket = hourBucket(hours, seoulHour(v.issuedAt));
  bucket.visitors += 1;
  if (m.attendWithin === false) bucket.attendBreaches += 1;
  const wait = lobbyWait(v, asOf);
  for (const [hour, ms] of msPerSeoulHour(wait.from, wait.to)) hourBucket(hours, hour).waitingMs += ms;
}

function finishClock(c: ClockSamples): ClockSummary {
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

/**
 * A group with no visit: every count zero, every clock without a figure; a department that has
 * had none still shows as a row.
 */
export function emptyGroupSummary(key: string, labelKo: string): GroupSummary {
  return finishGroup({ ...emptyTally(), key, labelKo });
}

function finishGroup(g: GroupAccumulator): GroupSummary {
  return {
    ...g,
    attend: finishClock(g.attend),
    guide: finishClock(g.guide),
    priority: {
      visitors: g.priority.visitors,
      byNeed: g.priority.byNeed,
      wait: finishClock(g.priority.wait),
      ordinaryWait: finishClock(g.priority.ordinaryWait),
    },
    ratings: [...g.ratings],
  };
}

/**
 * The visits of one business day at one department and desk (null: never at a desk), as kept
 * after the day's visit details are purged: the counts and every measured time, no ticket.
 */
export type DaySummary = VisitTally & {
  businessDay: string;
  departmentId: number;
  deskId: number | null;
  hours: HourSummary[];
};

/** A stored day summary with the names a report prints. */
export type LabelledDaySummary = DaySummary & { departmentKo: string; deskKo: string | null };

/**
 * Folds visits into the report's summary, per department, per desk and in total. Keeps only
 * the clock figures of each visit, so a year of visits fits in a few megabytes.
 */
export function createSummaryBuilder(
  from: string,
  to: string,
  asOf: number,
  options: { staffFigures: boolean; forecasts: ForecastReport } = {
    staffFigures: false,
    forecasts: forecastReport([]),
  },
) {
  const total: GroupAccumulator = { ...emptyTally(), key: 'total', labelKo: '전체' };
  const departments = new Map<number, GroupAccumulator>();
  const desks = new Map<number, GroupAccumulator>();
  const days = new Map<string, GroupAccumulator>();
  const staff = new Map<number, GroupAccumulator>();
  const hours = new Map<number, HourSummary>();
  const escortDays = createEscortDays();
  const purgedEscortDays: EscortDaySummary[] = [];
  const cases = createCaseSummaryBuilder(asOf);
  const groupOf = <K>(
    groups: Map<K, GroupAccumulator>,
    id: K,
    key: string,
    labelKo: string,
  ): GroupAccumulator => {
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { ...emptyTally(), key, labelKo }));
    return group;
  };
  const groupsOf = (
    day: string,
    departmentId: number,
    departmentKo: string,
    deskId: number | null,
    deskKo: string | null,
  ) => [
    total,
    groupOf(days, day, `day:${day}`, day),
    groupOf(departments, departmentId, `department:${departmentId}`, departmentKo),
    ...(deskId === null ? [] : [groupOf(desks, deskId, `desk:${deskId}`, deskKo ?? '')]),
  ];
  return {
    add(v: VisitRecord, m: VisitMeasures): void {
      tallyHour(hours, v, m, asOf);
      for (const group of groupsOf(v.businessDay, v.departmentId, v.departmentKo, v.deskId, v.deskKo))
        tallyVisit(group, v, m);
      if (options.staffFigures && v.staffId !== null) {
        tallyVisit(groupOf(staff, v.staffId, `staff:${v.staffId}`, v.staffName ?? ''), v, m);
      }
    },
    addEscort(e: EscortRecord): void {
      escortDays.add(e);
    },
    /** A day whose visit details were purged: its stored escort times stand in for its escorts. */
    addEscortDay(day: EscortDaySummary): void {
      purgedEscortDays.push(day);
    },
    /** A case received in the report's days (cases are never purged, only their contacts). */
    addCase(c: CaseReportRecord): void {
      cases.add(c);
    },
    /** A day whose visit details were purged: its stored summary stands in for its visits. */
    addDay(day: LabelledDaySummary): void {
      for (const h of day.hours) {
        const bucket = hourBucket(hours, h.hour);
        bucket.visitors += h.visitors;
        bucket.attendBreaches += h.attendBreaches;
        bucket.waitingMs += h.waitingMs;
      }
      for (const group of groupsOf(
        day.businessDay,
        day.departmentId,
        day.departmentKo,
        day.deskId,
        day.deskKo,
      )) {
        mergeTally(group, day);
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
        days: [...days.values()].sort(byKey).map(finishGroup),
        staff: options.staffFigures ? [...staff.values()].sort(byKey).map(finishGroup) : null,
        forecasts: options.forecasts,
        hours: [...hours.values()].sort((a, b) => a.hour - b.hour),
        asOf,
        escortDays: [...purgedEscortDays, ...escortDays.finish()].sort((a, b) => a.day.localeCompare(b.day)),
        cases: cases.finish(),
      };
    },
  };
}
