import { z } from 'zod';

/** A refusal from the hub (its error code) or `hub_unreachable` when no answer came. */
export class HubCallError extends Error {
  override name = 'HubCallError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export type HubConnection = {
  hubUrl: string;
  fetch: typeof fetch;
  /** Sent with every call: the device token of a paired client (main's own calls do not pass through the session). */
  headers?: Record<string, string>;
};

const errorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
const staff = z.object({
  id: z.number(),
  login: z.string(),
  name: z.string(),
  role: z.enum(['desk', 'guide', 'manager']),
});
const setupState = z.object({ needsFirstManager: z.boolean() });
const firstManagerReply = z.object({ staff });
const pairReply = z.object({
  device: z.object({
    id: z.number().int().positive(),
    role: z.enum(['kiosk', 'display', 'staff']),
    name: z.string(),
  }),
  token: z.string().min(1),
});
const sessionReply = z.object({ staff, token: z.string().min(1) });

export type PairedDevice = z.infer<typeof pairReply>;

async function call<T>(
  hub: HubConnection,
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  reply: z.ZodType<T> | null,
  options: { body?: unknown; bearer?: string } = {},
): Promise<T | null> {
  let response: Response;
  try {
    response = await hub.fetch(new URL(path, hub.hubUrl), {
      method,
      headers: {
        ...hub.headers,
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(options.bearer ? { authorization: `Bearer ${options.bearer}` } : {}),
      },
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    throw new HubCallError('hub_unreachable', `No answer from ${hub.hubUrl}: ${(error as Error).message}`);
  }
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const refusal = errorBody.safeParse(json);
    throw refusal.success
      ? new HubCallError(refusal.data.error.code, refusal.data.error.message)
      : new HubCallError('hub_unexpected', `${method} ${path} answered ${String(response.status)}`);
  }
  if (!reply) return null;
  const parsed = reply.safeParse(json);
  if (!parsed.success)
    throw new HubCallError('hub_unexpected', `${method} ${path} answered in an unknown shape`);
  return parsed.data;
}

export async function needsFirstManager(hub: HubConnection): Promise<boolean> {
  return (await call(hub, 'GET', '/api/v1/setup', setupState))!.needsFirstManager;
}

/** Creates the office's first manager; the hub allows it only from loopback and only once. */
export async function createFirstManager(
  hub: HubConnection,
  manager: { login: string; name: string; pin: string },
): Promise<void> {
  await call(hub, 'POST', '/api/v1/setup/first-manager', firstManagerReply, { body: manager });
}

export async function pairDevice(hub: HubConnection, code: string): Promise<PairedDevice> {
  return (await call(hub, 'POST', '/api/v1/devices/pair', pairReply, { body: { code } }))!;
}

/**
 * The manager PIN is checked where it lives: by signing in at the hub, which counts wrong PINs.
 * Only a manager's session proves it; the session is ended at once, since nothing else uses it.
 */
export async function verifyManagerPin(
  hub: HubConnection,
  credentials: { login: string; pin: string },
): Promise<void> {
  const session = (await call(hub, 'POST', '/api/v1/sessions', sessionReply, { body: credentials }))!;
  await call(hub, 'DELETE', '/api/v1/sessions/current', null, { bearer: session.token }).catch(
    () => undefined,
  );
  if (session.staff.role !== 'manager')
    throw new HubCallError('not_manager', `${credentials.login} is not a manager`);
}
