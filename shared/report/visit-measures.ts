import { isWithinTarget, serviceTime, timeToAttend, timeToGuide } from '../visit/clocks';
import type { VisitRecord } from './visit-record';

/** The clocks of a visit as a report states them: only stopped clocks are measurements. */
export type VisitMeasures = {
  timeToGuideMs: number | null;
  timeToAttendMs: number | null;
  serviceMs: number | null;
  guideWithin: boolean | null;
  attendWithin: boolean | null;
};

export function measureVisit(v: VisitRecord): VisitMeasures {
  // `now` only matters for running clocks, which a report leaves empty: pass the stop times.
  const guide = v.arrivedAt === null ? null : timeToGuide(v, v.arrivedAt);
  const attend = v.acknowledgedAt === null ? null : timeToAttend(v, v.acknowledgedAt);
  const service = v.finishedAt === null || v.acknowledgedAt === null ? null : serviceTime(v, v.finishedAt);
  return {
    timeToGuideMs: guide,
    timeToAttendMs: attend,
    serviceMs: service,
    guideWithin: isWithinTarget(guide, v.guideTargetMs),
    attendWithin: isWithinTarget(attend, v.attendTargetMs),
  };
}
