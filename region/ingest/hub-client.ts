import { z } from 'zod';
import { DEVICE_HEADER, type PairedDevice } from '../../shared/contract/devices';
import { feedEvent, feedPage, type FeedEvent, type FeedPage } from '../../shared/contract/region-feed';

/** Why a page could not be had; `tokenRefused` means the office revoked (or never knew) the token. */
export type FetchFailure = { kind: 'unreachable' | 'tokenRefused' | 'badFeed'; detail: string };

export class FeedError extends Error {
  readonly failure: FetchFailure;
  constructor(failure: FetchFailure) {
    super(failure.detail);
    this.name = 'FeedError';
    this.failure = failure;
  }
}

/**
 * A page as it is checked on arrival: the links strictly, the facts of each event only once its
 * link holds (a fact the region cannot read is then reported at its own seq).
 */
const arrivingPage = feedPage.extend({
  events: z.array(feedEvent.extend({ facts: z.unknown() })).max(5000),
});
export type ArrivingEvent = Omit<FeedEvent, 'facts'> & { facts: unknown };
export type ArrivingPage = Omit<FeedPage, 'events'> & { events: ArrivingEvent[] };

const REQUEST_TIMEOUT_MS = 30_000;

/** A kept-alive connection the hub closed (it restarted) fails once; a fresh one then answers. */
function isStaleConnection(error: unknown): boolean {
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  return cause?.code === 'UND_ERR_SOCKET' || cause?.code === 'ECONNRESET';
}

async function getJson(url: string, init: RequestInit): Promise<{ status: number; body: unknown }> {
  let response: Response;
  try {
    const send = () => fetch(url, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    response = await send().catch((error: unknown) => {
      if (isStaleConnection(error)) return send();
      throw error;
    });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    throw new FeedError({
      kind: 'unreachable',
      detail: `${error instanceof Error ? error.message : String(error)}${cause}`,
    });
  }
  const body: unknown = await response.json().catch(() => null);
  return { status: response.status, body };
}

function refusal(status: number, body: unknown): FeedError {
  const code =
    typeof body === 'object' && body !== null && 'error' in body
      ? JSON.stringify(body.error).slice(0, 200)
      : `HTTP ${status}`;
  if (status === 401 || status === 403) return new FeedError({ kind: 'tokenRefused', detail: code });
  return new FeedError({ kind: status >= 500 ? 'unreachable' : 'badFeed', detail: code });
}

/** One page of an office's region feed after `after`; `limit` 0 asks for the anchor alone. */
export async function fetchFeedPage(
  hubUrl: string,
  token: string,
  after: number,
  limit: number,
): Promise<ArrivingPage> {
  const url = new URL('/api/v1/region/feed', hubUrl);
  url.search = new URLSearchParams({ after: String(after), limit: String(limit) }).toString();
  const { status, body } = await getJson(url.href, { headers: { [DEVICE_HEADER]: token } });
  if (status !== 200) throw refusal(status, body);
  const parsed = arrivingPage.safeParse(body);
  if (!parsed.success) {
    throw new FeedError({
      kind: 'badFeed',
      detail: `the feed page is malformed: ${parsed.error.message.slice(0, 300)}`,
    });
  }
  return parsed.data;
}

/** Trades a manager's pairing code for the office's region token. */
export async function pairWithOffice(hubUrl: string, code: string): Promise<PairedDevice> {
  const { status, body } = await getJson(new URL('/api/v1/devices/pair', hubUrl).href, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  if (status !== 200) throw refusal(status, body);
  return body as PairedDevice;
}
