import type { CommandInput, CommandName, CommandResult } from '../../shared/contract/commands';
import { errorStatus, isErrorBody, type ErrorBody, type ErrorCode } from '../../shared/contract/errors';
import {
  queryTarget,
  type QueryName,
  type QueryParams,
  type QueryResult,
} from '../../shared/contract/queries';
import type { LedgerFormat, ReportFormat } from '../../shared/contract/reports';
import {
  API_BASE,
  specialRoutes,
  type SpecialRouteInputs,
  type SpecialRouteResults,
} from '../../shared/contract/routes';

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

let onSessionRefused: (token: string) => void = () => undefined;

/**
 * Who hears that the hub no longer takes the session a request carried (a PIN reset, a manager's
 * change, the end of its hours): the session store forgets it, so the screen shows the sign-in.
 */
export function setSessionRefusedListener(listener: (token: string) => void): void {
  onSessionRefused = listener;
}

async function answer(target: string, init?: RequestInit): Promise<Response> {
  const token = sessionToken();
  let response: Response;
  try {
    response = await fetch(API_BASE + target, withSession(init));
  } catch (error) {
    throw new ApiError('network', error instanceof Error ? error.message : 'The hub did not answer.');
  }
  if (response.ok) return response;
  const body: unknown = await response.json().catch(() => null);
  if (isErrorBody(body) && isKnownErrorCode(body.error.code)) {
    if (body.error.code === 'sign_in_required' && token !== null) onSessionRefused(token);
    throw refusal(body);
  }
  // A proxy or a half-started hub can answer without the hub's error shape.
  throw new ApiError(response.status >= 500 ? 'internal' : 'invalid_input', `HTTP ${response.status}`);
}

/**
 * The JSON of a successful answer. Its type is the contract's for the route asked (the hub's
 * readers and handlers are typed from the same tables); nothing else reaches this.
 */
async function json<T>(target: string, init?: RequestInit): Promise<T> {
  const response = await answer(target, init);
  return (await response.json()) as T;
}

const jsonBody = (input: unknown): RequestInit => ({
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(input),
});

/** Sends a command of the contract; its input and result are typed by its name. */
export function sendCommand<N extends CommandName>(
  name: N,
  input: CommandInput<N>,
): Promise<CommandResult<N>> {
  return json<{ result: CommandResult<N> }>(`/commands/${name}`, {
    method: 'POST',
    ...jsonBody(input),
  }).then((reply) => reply.result);
}

/** Parameters may be left out where a read takes none. */
type ParamsArgument<N extends QueryName> =
  Record<string, never> extends QueryParams<N> ? [params?: QueryParams<N>] : [params: QueryParams<N>];

/** Reads one of the contract's reads (shared/contract/queries.ts); params and result typed by its name. */
export function read<N extends QueryName>(name: N, ...[params]: ParamsArgument<N>): Promise<QueryResult<N>> {
  return json<QueryResult<N>>(queryTarget(name, params ?? ({} as QueryParams<N>)));
}

/** Pairing, sign-in and out, first-run setup and backups: the special routes that speak JSON. */
export function callRoute<K extends keyof SpecialRouteResults>(
  name: K,
  ...[input]: SpecialRouteInputs[K] extends undefined ? [] : [input: SpecialRouteInputs[K]]
): Promise<SpecialRouteResults[K]> {
  const { method, path } = specialRoutes[name];
  return json<SpecialRouteResults[K]>(path, { method, ...(input === undefined ? {} : jsonBody(input)) });
}

/** The visit log as a file: fetched with the session's token, since a plain link could not carry it. */
export async function fetchVisitLog(from: string, to: string, format: ReportFormat): Promise<Blob> {
  const query = new URLSearchParams({ from, to, format }).toString();
  const response = await answer(`${specialRoutes.visitLog.path}?${query}`);
  return response.blob();
}

/** A month (YYYY-MM) of the compensation ledger as CSV or XLSX. */
export async function fetchLedger(month: string, format: LedgerFormat): Promise<Blob> {
  const query = new URLSearchParams({ month, format }).toString();
  const response = await answer(`${specialRoutes.ledgerLog.path}?${query}`);
  return response.blob();
}

/** The case log (CSV) of the cases received `from`–`to`. */
export async function fetchCaseLog(from: string, to: string): Promise<Blob> {
  const query = new URLSearchParams({ from, to }).toString();
  const response = await answer(`${specialRoutes.caseLog.path}?${query}`);
  return response.blob();
}

export function errorCodeOf(error: unknown): ApiErrorCode {
  return error instanceof ApiError ? error.code : 'internal';
}
