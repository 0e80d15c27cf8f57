import type { HubConnection } from './hub-client';

/** Why a screen is not showing its hub: a short code the connecting page explains, and the details. */
export type DownReason = { code: string; detail: string | null };

export type ProbeResult = { up: true } | { up: false; reason: DownReason };

function networkFailure(error: unknown): DownReason {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return { code: 'ETIMEDOUT', detail: null };
  }
  // Node's fetch fails with "fetch failed" and keeps the system's reason (ECONNREFUSED …) in `cause`.
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  if (typeof cause?.code === 'string') {
    return { code: cause.code, detail: typeof cause.message === 'string' ? cause.message : null };
  }
  return { code: 'unreachable', detail: error instanceof Error ? error.message : String(error) };
}

function isHubRefusal(body: unknown): boolean {
  const error = (body as { error?: { code?: unknown } } | null)?.error;
  return typeof error?.code === 'string';
}

/**
 * Whether the hub answers: its health route, with this device's credentials. A refusal in the
 * hub's own words (this PC not paired, or revoked) is the hub answering; the screen then shows it.
 * Anything else — no connection, a timeout, a proxy's error page — is the hub being away.
 */
export async function probeHub(hub: HubConnection, timeoutMs = 5_000): Promise<ProbeResult> {
  let response: Response;
  try {
    response = await hub.fetch(new URL('/api/v1/health', hub.hubUrl), {
      headers: hub.headers ?? {},
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    return { up: false, reason: networkFailure(error) };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok || (response.status < 500 && isHubRefusal(body))) return { up: true };
  return { up: false, reason: { code: 'bad_answer', detail: `HTTP ${String(response.status)}` } };
}
