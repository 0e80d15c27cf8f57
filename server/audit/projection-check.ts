import { getCase } from '../../db/cases';
import { getCompensationWithVisits } from '../../db/compensations';
import { getDepartment, getTask } from '../../db/departments';
import { getDeskAway } from '../../db/desk-away';
import { getDesk } from '../../db/desks';
import { getDevice } from '../../db/devices';
import { getEscortRequest } from '../../db/escorts';
import { iterateLoggedEvents } from '../../db/events';
import {
  exportIncludesStaffNames,
  reportHasApprovalBoxes,
  reportsShowStaffFigures,
} from '../../db/export-settings';
import { getForecast } from '../../db/breach-forecasts';
import { getForecastSettings } from '../../db/forecast-settings';
import { getOfficeHours, listHolidays } from '../../db/office-hours';
import { openDatabase, type Db } from '../../db/open-database';
import { columnsOf, keysOf, type KeyedTable } from '../../db/projection-rows';
import { getRetention } from '../../db/retention';
import { getCharter, getKioskLanguages } from '../../db/settings';
import { getStaff } from '../../db/staff';
import { iterateTicketsWithRating } from '../../db/tickets';
import { createLogReplay, type OfficeSettings, type ReplayedState } from '../../shared/audit/replay-log';

/** The office-wide settings as `db` holds them, read as the hub reads them. */
export function readOfficeSettings(db: Db): OfficeSettings {
  const retention = getRetention(db);
  return {
    charter: getCharter(db),
    kioskLanguages: getKioskLanguages(db),
    week: getOfficeHours(db).week,
    holidays: listHolidays(db),
    includeStaffNames: exportIncludesStaffNames(db),
    staffFigures: reportsShowStaffFigures(db),
    approvalBoxes: reportHasApprovalBoxes(db),
    retentionDays: retention.retentionDays,
    purgedThrough: retention.purgedThrough,
    forecast: getForecastSettings(db),
  };
}

/** What a database holds before its first event: the same migrations, on a scratch copy in memory. */
function settingsOfNewDatabase(): OfficeSettings {
  const fresh = openDatabase(':memory:');
  try {
    return readOfficeSettings(fresh);
  } finally {
    fresh.close();
  }
}

/**
 * A row the table and the log disagree on. `column` is null when the row itself is missing on
 * one side; `stored` / `replayed` are then whether it exists there.
 */
export type ProjectionDifference = {
  table: string;
  key: number | string;
  column: string | null;
  stored: unknown;
  replayed: unknown;
};

export type ProjectionVerdict = {
  tables: number;
  rows: number;
  differences: number;
  /** The first difference, in the order of `checkedTables` and then of the key; null when none. */
  first: ProjectionDifference | null;
};

type Row = object;
type Key = number | string;

type TableCheck = {
  table: string;
  replayed: ReadonlyMap<Key, Row>;
  /** The table's rows in key order. */
  stored(): Iterable<[Key, Row]>;
  /** A stored row the log may rightly not know: its events' payloads were purged. */
  outlivesItsEvents?(row: Row): boolean;
};

const single = (row: Row): ReadonlyMap<Key, Row> => new Map([[1, row]]);
const one = (row: Row): [Key, Row][] => [[1, row]];

function* mapIterable<T, U>(items: Iterable<T>, map: (item: T) => U): Generator<U> {
  for (const item of items) yield map(item);
}

/** Ids in number order, days in date order: the order the tables are read in. */
const byKey = (a: Key | { day: string }, b: Key | { day: string }): number => {
  const x = typeof a === 'object' ? a.day : a;
  const y = typeof b === 'object' ? b.day : b;
  return typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
};

/**
 * The tables that are projections of the log, in the order verify-log reports them. The others
 * (sessions, pairing codes, PIN and token hashes, case contacts, counters, daily summaries) hold
 * what the log keeps out on purpose or what a purge computed from details it then removed;
 * docs/security.md lists them.
 */
function checkedTables(db: Db, replayed: ReplayedState): TableCheck[] {
  const keyed = <T extends Row>(
    table: KeyedTable,
    rows: ReadonlyMap<Key, T>,
    stored: (key: number) => Row | null,
  ): TableCheck => ({
    table,
    replayed: rows,
    stored: () => keysOf(db, table).map((key) => [key, stored(key as number)!]),
  });
  const settings = readOfficeSettings(db);
  const purged = (day: string) => replayed.purgedThrough !== null && day <= replayed.purgedThrough;
  return [
    // A year holds a quarter of a million: read in one pass, not row by row.
    {
      table: 'tickets',
      replayed: replayed.tickets,
      stored: () => mapIterable(iterateTicketsWithRating(db), (t) => [t.id, t]),
    },
    {
      ...keyed('compensations', replayed.compensations, (id) => getCompensationWithVisits(db, id)),
      // Created by a repeat-visit verdict, a visit event: a compensation still pending when its
      // day was purged is known only to its table.
      outlivesItsEvents: (row) => purged((row as { businessDay: string }).businessDay),
    },
    keyed('escort_requests', replayed.escortRequests, (id) => getEscortRequest(db, id)),
    keyed('departments', replayed.departments, (id) => getDepartment(db, id)),
    keyed('tasks', replayed.tasks, (id) => getTask(db, id)),
    keyed('desks', replayed.desks, (id) => getDesk(db, id)),
    keyed('staff', replayed.staff, (id) => getStaff(db, id)),
    keyed('desk_away', replayed.deskAway, (id) => getDeskAway(db, id)),
    keyed('cases', replayed.cases, (id) => getCase(db, id)),
    keyed('breach_forecasts', replayed.breachForecasts, (id) => getForecast(db, id)),
    keyed('devices', replayed.devices, (id) => getDevice(db, id)),
    {
      table: 'holidays',
      replayed: new Map(replayed.holidays.map((h) => [h.day, h])),
      stored: () => [...settings.holidays].sort(byKey).map((h) => [h.day, h]),
    },
    {
      table: 'settings',
      replayed: single({ ...replayed.charter, kioskLanguages: replayed.kioskLanguages }),
      stored: () => one({ ...settings.charter, kioskLanguages: settings.kioskLanguages }),
    },
    {
      table: 'office_hours',
      replayed: single({ week: replayed.week }),
      stored: () => one({ week: settings.week }),
    },
    {
      table: 'export_settings',
      replayed: single({
        includeStaffNames: replayed.includeStaffNames,
        staffFigures: replayed.staffFigures,
        approvalBoxes: replayed.approvalBoxes,
      }),
      stored: () =>
        one({
          includeStaffNames: settings.includeStaffNames,
          staffFigures: settings.staffFigures,
          approvalBoxes: settings.approvalBoxes,
        }),
    },
    {
      table: 'retention_settings',
      replayed: single({ retentionDays: replayed.retentionDays, purgedThrough: replayed.purgedThrough }),
      stored: () => one({ retentionDays: settings.retentionDays, purgedThrough: settings.purgedThrough }),
    },
    {
      table: 'forecast_settings',
      replayed: single(replayed.forecast),
      stored: () => one(settings.forecast),
    },
  ];
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const isRecord = (v: unknown): v is Row => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The first field of `replayed` that `stored` holds differently, as a path into nested records;
 * only the fields the log knows count (a compensation whose verdict was purged knows fewer).
 */
function firstDifferingField(
  stored: Row,
  replayed: Row,
): { path: string[]; stored: unknown; replayed: unknown } | null {
  const s = stored as Record<string, unknown>;
  for (const [field, value] of Object.entries(replayed) as [string, unknown][]) {
    const held = s[field];
    if (same(held, value)) continue;
    if (isRecord(held) && isRecord(value)) {
      // The same fields in another order are the same record.
      const inner = firstDifferingField(held, value);
      if (!inner) continue;
      return { ...inner, path: [field, ...inner.path] };
    }
    return { path: [field], stored: held, replayed: value };
  }
  return null;
}

const snakeCase = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function compareTable(db: Db, check: TableCheck, found: ProjectionDifference[]): number {
  const columns = columnsOf(db, check.table);
  const differ = (key: Key, stored: Row | null, replayed: Row | null): void => {
    if (stored === null || replayed === null) {
      if (replayed === null && check.outlivesItsEvents?.(stored!)) return;
      found.push({
        table: check.table,
        key,
        column: null,
        stored: stored !== null,
        replayed: replayed !== null,
      });
      return;
    }
    const field = firstDifferingField(stored, replayed);
    if (!field) return;
    const column =
      field.path.length === 1 && columns.has(snakeCase(field.path[0]!))
        ? snakeCase(field.path[0]!)
        : field.path.join('.');
    found.push({ table: check.table, key, column, stored: field.stored, replayed: field.replayed });
  };
  // Both sides in key order, walked together: a row on one side only is found where it belongs.
  const replayedKeys = [...check.replayed.keys()].sort(byKey);
  let next = 0;
  let rows = 0;
  for (const [key, stored] of check.stored()) {
    while (next < replayedKeys.length && byKey(replayedKeys[next]!, key) < 0) {
      const only = replayedKeys[next++]!;
      differ(only, null, check.replayed.get(only)!);
      rows += 1;
    }
    const replayed = check.replayed.get(key) ?? null;
    if (replayed !== null) next += 1;
    differ(key, stored, replayed);
    rows += 1;
  }
  for (; next < replayedKeys.length; next++, rows++) {
    differ(replayedKeys[next]!, null, check.replayed.get(replayedKeys[next]!)!);
  }
  return rows;
}

/**
 * Replays every event whose payload is still there onto the state of a new database (its
 * settings read from the same migrations, in memory) and holds each projection table of `db`
 * against what the log says it holds now.
 */
export function checkProjections(db: Db): ProjectionVerdict {
  const replay = createLogReplay(settingsOfNewDatabase());
  for (const event of iterateLoggedEvents(db)) replay.apply(event);
  const found: ProjectionDifference[] = [];
  const tables = checkedTables(db, replay.state);
  let rows = 0;
  for (const check of tables) rows += compareTable(db, check, found);
  return { tables: tables.length, rows, differences: found.length, first: found[0] ?? null };
}
