import type { CommandInput, CommandName, CommandResult } from '../../shared/contract/commands';
import type {
  CurrentDevice,
  DeviceList,
  FirstManagerInput,
  PairedDevice,
} from '../../shared/contract/devices';
import { errorStatus, isErrorBody, type ErrorBody, type ErrorCode } from '../../shared/contract/errors';
import type { SignInInput } from '../../shared/contract/session';
import type { ReportFormat, RetentionSettings } from '../../shared/contract/reports';
import type {
  DeskState,
  DisplayBoard,
  GuideBoard,
  Ledger,
  Office,
  SignedIn,
  Staff,
} from '../../shared/contract/views';
import type { ReportSummary } from '../../shared/report/summary';
import type { CaseList } from '../../shared/contract/case-views';

/** Every refusal the hub can give, plus the one it cannot: no answer at all. */
export type ApiErrorCode = ErrorCode | 'network';

export class ApiError extends Error {
  readonly code: ApiErrorCode;
  /** With a lock-out: the seconds the hub asks the user to wait, when it says. */
  readonly retryAfterSeconds: number | null;

  constructor(code: ApiErrorCode, message: string, retryAfterSeconds: number | null = null) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** The wait of a lock-out in whole minutes, rounded up, as screens say it; null when unsaid. */
  get retryAfterMinutes(): number | null {
    return this.retryAfterSeconds === null ? null : Math.ceil(this.retryAfterSeconds / 60);
  }
}

const API_BASE = '/api/v1';

let sessionToken: () => string | null = () => null;

/** Where requests find the signed-in staff member's token; the session store provides it. */
export function setSessionTokenSource(source: () => string | null): void {
  sessionToken = source;
}

/** The signed-in staff member's token, for the event stream, which cannot use request headers. */
export function currentSessionToken(): string | null {
  return sessionToken();
}

function withSession(init: RequestInit = {}): RequestInit {
  const token = sessionToken();
  if (token === null) return init;
  return {
    ...init,
    headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}` },
  };
}

function isKnownErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(errorStatus, code);
}

let onUnpaired: () => void = () => undefined;

/** Who hears that the hub took this PC for an unpaired one; the pairing store listens. */
export function setUnpairedListener(listener: () => void): void {
  onUnpaired = listener;
}

function refusal({ error }: ErrorBody): ApiError {
  if (error.code === 'device_not_paired') onUnpaired();
  const wait = error.retryAfterSeconds;
  return new ApiError(error.code, error.message, typeof wait === 'number' ? wait : null);
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(API_BASE + path, withSession(init));
  } catch (error) {
    throw new ApiError('network', error instanceof Error ? error.message : 'The hub did not answer.');
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return body as T;
  if (isErrorBody(body) && isKnownErrorCode(body.error.code)) {
    throw refusal(body);
  }
  // A proxy or a half-started hub can answer without the hub's error shape.
  throw new ApiError(response.status >= 500 ? 'internal' : 'invalid_input', `HTTP ${response.status}`);
}

export function sendCommand<N extends CommandName>(
  name: N,
  input: CommandInput<N>,
): Promise<CommandResult<N>> {
  return request<{ result: CommandResult<N> }>(`/commands/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  }).then((reply) => reply.result);
}

export function postSession(input: SignInInput): Promise<SignedIn & { token: string }> {
  return request('/sessions', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
}

export function deleteSession(): Promise<unknown> {
  return request('/sessions/current', { method: 'DELETE' });
}

export function fetchOffice(): Promise<Office> {
  return request<Office>('/office');
}

export function fetchDeskState(deskId: number): Promise<DeskState> {
  return request<DeskState>(`/desks/${deskId}`);
}

export function fetchGuideBoard(): Promise<GuideBoard> {
  return request<GuideBoard>('/guide');
}

export function fetchDisplayBoard(): Promise<DisplayBoard> {
  return request<DisplayBoard>('/display');
}

export function fetchReportSummary(from: string, to: string = from): Promise<ReportSummary> {
  return request<ReportSummary>(`/reports/summary?${new URLSearchParams({ from, to }).toString()}`);
}

export function fetchExportSettings(): Promise<{ includeStaffNames: boolean }> {
  return request('/settings/export');
}

export function fetchRetentionSettings(): Promise<RetentionSettings> {
  return request<RetentionSettings>('/settings/retention');
}

export function fetchCases(from: string, to: string): Promise<CaseList> {
  return request<CaseList>(`/cases?${new URLSearchParams({ from, to }).toString()}`);
}

export function fetchLedger(month: string): Promise<Ledger> {
  return request<Ledger>(`/compensations?${new URLSearchParams({ month }).toString()}`);
}

export type BackupFile = { name: string; bytes: number; businessDay: string };
export type BackupList = { dir: string; backups: BackupFile[] };

export function fetchBackups(): Promise<BackupList> {
  return request<BackupList>('/backups');
}

export function postBackup(): Promise<{ backup: BackupFile }> {
  return request('/backups', { method: 'POST' });
}

/** The visit log as a file: fetched with the session's token, since a plain link could not carry it. */
export function fetchVisitLog(from: string, to: string, format: ReportFormat): Promise<Blob> {
  return fetchFile(`/reports/visits?${new URLSearchParams({ from, to, format }).toString()}`);
}

/** The case log (CSV) of the cases received `from`–`to`. */
export function fetchCaseLog(from: string, to: string): Promise<Blob> {
  return fetchFile(`/reports/cases?${new URLSearchParams({ from, to }).toString()}`);
}

async function fetchFile(path: string): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(API_BASE + path, withSession());
  } catch (error) {
    throw new ApiError('network', error instanceof Error ? error.message : 'The hub did not answer.');
  }
  if (response.ok) return response.blob();
  const body: unknown = await response.json().catch(() => null);
  if (isErrorBody(body) && isKnownErrorCode(body.error.code)) {
    throw refusal(body);
  }
  throw new ApiError(response.status >= 500 ? 'internal' : 'invalid_input', `HTTP ${response.status}`);
}

export function fetchCurrentDevice(): Promise<CurrentDevice> {
  return request<CurrentDevice>('/devices/current');
}

/** Trades a manager's code for this PC's device token, which the hub sets as a cookie. */
export function postPairing(code: string): Promise<PairedDevice> {
  return request<PairedDevice>('/devices/pair', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
  });
}

export function fetchDevices(): Promise<DeviceList> {
  return request<DeviceList>('/devices');
}

export function fetchSetupState(): Promise<{ needsFirstManager: boolean }> {
  return request('/setup');
}

export function postFirstManager(input: FirstManagerInput): Promise<{ staff: Staff }> {
  return request('/setup/first-manager', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
}

export function errorCodeOf(error: unknown): ApiErrorCode {
  return error instanceof ApiError ? error.code : 'internal';
}
