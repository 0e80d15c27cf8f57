import { insertForecast, latestForecasts, listBreachMoments, saveForecast } from '../../db/breach-forecasts';
import { listDepartments } from '../../db/departments';
import { listAwayDesks } from '../../db/desk-away';
import { listDesks } from '../../db/desks';
import { getForecastSettings } from '../../db/forecast-settings';
import type { Db } from '../../db/open-database';
import { desksSignedIn } from '../../db/sessions';
import { listAtDesksOf, recentDeskTimes } from '../../db/tickets';
import type { HubEventBody } from '../../shared/contract/events';
import {
  forecastQueue,
  type BreachForecast,
  type ForecastVisitor,
} from '../../shared/forecast/breach-forecast';
import { stepForecast } from '../../shared/forecast/forecast-step';
import { businessDay, startOfBusinessDay } from '../../shared/time/business-day';
import { waitingInOrder } from '../queue/department-queue';

type Commit = <R>(now: number, change: () => { result: R; event: HubEventBody }) => R;

/** Desk times averaged for the forecast: enough to smooth one long visit, recent enough to follow the day. */
const DESK_TIMES_CONSIDERED = 20;

const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;

/**
 * Looks at every department's queue once and keeps its warnings (see `stepForecast`): each new
 * warning, change and close is one transaction with its `breachForecastChanged` event, so the
 * guide's and manager's screens hear of it at once. Returns the records that changed.
 */
export function watchBreaches(db: Db, now: number, commit: Commit): BreachForecast[] {
  const day = businessDay(now);
  const settings = getForecastSettings(db);
  const away = new Set(listAwayDesks(db).map((a) => a.deskId));
  const signedIn = new Set(desksSignedIn(db, now));
  const latest = new Map(latestForecasts(db, day).map((f) => [f.departmentId, f]));
  const desks = listDesks(db);
  const changed: BreachForecast[] = [];

  for (const department of listDepartments(db)) {
    const atDesks = listAtDesksOf(db, department.id);
    const present = desks.filter(
      (d) =>
        d.departmentId === department.id &&
        !away.has(d.id) &&
        (signedIn.has(d.id) || atDesks.some((t) => t.deskId === d.id)),
    );
    const { waiting } = waitingInOrder(db, department.id, day);
    const visitors: ForecastVisitor[] = waiting.map((t) => ({
      issuedAt: t.issuedAt,
      targetMs: t.guideTargetMs ?? settings.waitTargetMs,
      targetKind: t.guideTargetMs === null ? 'wait' : 'guide',
    }));
    const forecast = forecastQueue({
      now,
      waiting: visitors,
      desks: present.map((d) => ({
        busySince: atDesks.find((t) => t.deskId === d.id)?.arrivedAt ?? null,
      })),
      cycleMs: mean(recentDeskTimes(db, department.id, DESK_TIMES_CONSIDERED)),
    });
    const previous = latest.get(department.id) ?? null;
    const change = stepForecast({
      now,
      forecast,
      waiting: waiting.length,
      desksPresent: present.length,
      breaches: listBreachMoments(db, department.id, day, now, settings.waitTargetMs),
      latest: previous,
      horizonMs: settings.horizonMs,
      startOfDay: startOfBusinessDay(day),
    });
    if (change.kind === 'none') continue;
    const record = commit(now, () => {
      const saved =
        change.kind === 'insert'
          ? insertForecast(db, { ...change.record, departmentId: department.id, businessDay: day })
          : saveForecast(db, { ...previous!, ...change.patch });
      return { result: saved, event: { type: 'breachForecastChanged', forecast: saved } };
    });
    changed.push(record);
  }
  return changed;
}
