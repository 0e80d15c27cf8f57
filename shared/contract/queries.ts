import { z } from 'zod';
import type { ReportSummary } from '../report/summary';
import { CALL_BOARD, MANAGERS, OFFICE_PCS, STAFF, STAFF_SIDE, type Audience } from './access';
import type { CaseList } from './case-views';
import type { CurrentDevice, DeviceList } from './devices';
import { feedQuery, type FeedPage } from './region-feed';
import { reportRange, summaryRange, type RetentionSettings } from './reports';
import type {
  DepartmentWithQueue,
  DeskState,
  DisplayBoard,
  GuideBoard,
  Ledger,
  Office,
  SignedIn,
} from './views';

/**
 * Every read a screen makes: its path under /api/v1 (`:name` segments are path parameters), the
 * schema of its parameters (path and query string together; strict, so an unknown one is refused)
 * and who may read it. The hub registers one GET route per entry and checks the caller on the
 * route it matched; the screens' `read(name, params)` is typed from this table and `QueryResults`.
 *
 * Adding a read: one entry here, its result type in `QueryResults`, and its reader in
 * server/queries/readers.ts (a missing reader does not compile).
 */
const noParams = z.strictObject({});
/** Path and query values arrive as text; clients pass numbers. */
const idParam = z.coerce.number<number>().int().positive().max(Number.MAX_SAFE_INTEGER);

export const ledgerQuery = z.strictObject({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM'),
});

export const queries = {
  office: { path: '/office', params: noParams, who: OFFICE_PCS },
  departments: { path: '/departments', params: noParams, who: OFFICE_PCS },
  health: { path: '/health', params: noParams, who: OFFICE_PCS },
  setupState: { path: '/setup', params: noParams, who: OFFICE_PCS },
  /** Open to strangers: an unpaired PC learns from it that it should offer pairing. */
  currentDevice: { path: '/devices/current', params: noParams, who: 'anyone' },
  currentSession: { path: '/sessions/current', params: noParams, who: STAFF },
  display: { path: '/display', params: noParams, who: CALL_BOARD },
  deskState: { path: '/desks/:deskId', params: z.strictObject({ deskId: idParam }), who: STAFF_SIDE },
  guideBoard: { path: '/guide', params: noParams, who: STAFF_SIDE },
  reportSummary: { path: '/reports/summary', params: summaryRange, who: MANAGERS },
  ledger: { path: '/compensations', params: ledgerQuery, who: MANAGERS },
  exportSettings: { path: '/settings/export', params: noParams, who: MANAGERS },
  retentionSettings: { path: '/settings/retention', params: noParams, who: MANAGERS },
  backups: { path: '/backups', params: noParams, who: MANAGERS },
  devices: { path: '/devices', params: noParams, who: MANAGERS },
  cases: { path: '/cases', params: reportRange, who: MANAGERS },
  /** The event log as the office's region receives it; a region device reads this and nothing else. */
  regionFeed: { path: '/region/feed', params: feedQuery, who: ['region'] },
} as const satisfies Record<string, { path: `/${string}`; params: z.ZodType; who: Audience }>;

export type QueryName = keyof typeof queries;
export const queryNames = Object.keys(queries) as QueryName[];

/** What a client passes (path and query parameters together). */
export type QueryParams<N extends QueryName> = z.input<(typeof queries)[N]['params']>;
/** What a reader receives, after validation. */
export type ParsedParams<N extends QueryName> = z.output<(typeof queries)[N]['params']>;

/** `GET /api/v1/settings/export`: what the office's exports and reports show. */
export type ExportSettings = {
  /** Exports name the staff who served. */
  includeStaffNames: boolean;
  /** The dashboard and the XLSX and PDF reports show figures per staff member. */
  staffFigures: boolean;
  /** The PDF report carries the 결재란 (담당 · 팀장 · 과장). */
  approvalBoxes: boolean;
};

export type BackupFile = { name: string; bytes: number; businessDay: string };
/** `dir` only for the hub's own PC: other PCs need not learn the hub's folders. */
export type BackupList = { dir: string | null; backups: BackupFile[] };
export type Health = { ok: true; seq: number; now: number };

export type QueryResults = {
  office: Office;
  departments: { departments: DepartmentWithQueue[] };
  health: Health;
  setupState: { needsFirstManager: boolean };
  currentDevice: CurrentDevice;
  currentSession: SignedIn;
  display: DisplayBoard;
  deskState: DeskState;
  guideBoard: GuideBoard;
  reportSummary: ReportSummary;
  ledger: Ledger;
  exportSettings: ExportSettings;
  retentionSettings: RetentionSettings;
  backups: BackupList;
  devices: DeviceList;
  cases: CaseList;
  regionFeed: FeedPage;
};
export type QueryResult<N extends QueryName> = QueryResults[N];

function pathParamNames(path: string): string[] {
  return [...path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]!);
}

/**
 * The path and query string of a read under /api/v1: path parameters filled in, the others in
 * the query string; undefined values are left out.
 */
export function queryTarget<N extends QueryName>(name: N, params: QueryParams<N>): string {
  const values = params as Record<string, string | number | undefined>;
  const inPath = pathParamNames(queries[name].path);
  const path = queries[name].path.replace(/:([A-Za-z]+)/g, (_, key: string) =>
    encodeURIComponent(String(values[key])),
  );
  const search = Object.entries(values)
    .filter(([key, value]) => value !== undefined && !inPath.includes(key))
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
    .join('&');
  return search ? `${path}?${search}` : path;
}

/** The names of a query's path parameters, which its query string may not repeat. */
export function queryPathParams(name: QueryName): string[] {
  return pathParamNames(queries[name].path);
}
