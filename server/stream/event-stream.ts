import type { RawData } from 'ws';
import { z } from 'zod';
import type { HubEvent, StreamServerMessage } from '../../shared/contract/events';
import type { Hub } from '../hub/hub';
import { isLobby, type RequestActor } from '../../shared/contract/access';
import { lobbyEvent } from '../../shared/contract/lobby-events';

const subscribeMessage = z.strictObject({
  type: z.literal('subscribe'),
  after: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
});

/** The part of a WebSocket the stream needs. */
export type StreamSocket = {
  readonly readyState: number;
  readonly bufferedAmount: number;
  /** A Buffer is sent as a text frame too: the same bytes go to every screen of a kind. */
  send(data: string | Buffer, options: { binary: boolean }): void;
  close(code?: number, reason?: string): void;
  on(event: 'message', listener: (data: RawData, isBinary: boolean) => void): unknown;
  on(event: 'close' | 'error', listener: () => void): unknown;
};

/**
 * Each live event as the two kinds of screens receive it, encoded once for all of them: with
 * many screens, encoding it again for each one cost more than everything else the hub does.
 */
const encoded = new WeakMap<HubEvent, { full?: Buffer; lobby?: Buffer | null }>();

function eventMessage(event: HubEvent, lobby: boolean): Buffer | null {
  let texts = encoded.get(event);
  if (!texts) {
    texts = {};
    encoded.set(event, texts);
  }
  const encode = (shown: HubEvent) => Buffer.from(JSON.stringify({ type: 'event', event: shown }));
  if (!lobby) return (texts.full ??= encode(event));
  if (texts.lobby === undefined) {
    const shown = lobbyEvent(event);
    texts.lobby = shown ? encode(shown) : null;
  }
  return texts.lobby;
}

/** The connection under a stream's WebSocket: corked, its writes go out together in one system call. */
export type StreamTransport = { cork(): void; uncork(): void };

// Live events are written once per turn of the event loop, not as each is published: when
// several commands commit in one turn (kiosks and desks answered together under load), each
// screen gets them in one system call instead of one each. Writing to 200 screens was half of
// the hub's time at the peak. An event waits at most 5 ms for others to join it: a longer wait
// carried more tickets a second but kept the screens waiting (bench:http, 6 rounds, against the
// bare stack: written at once 0.64× its tickets a second; 2 ms 0.81×; 5 ms 0.94× with fan-out
// p99 1.37× its own; the whole turn 1.26×, fan-out p99 1.72×).
const flushes = new Set<() => void>();
/** When the oldest event not yet written was published (performance.now()); null when none waits. */
let batchSince: number | null = null;
/** An event waits no longer than this for others to join it, however busy the turn. */
const MAX_BATCH_DELAY_MS = 5;
function flushAll(): void {
  batchSince = null;
  const due = [...flushes];
  flushes.clear();
  for (const flush of due) flush();
}
function flushSoon(flush: () => void): void {
  const now = performance.now();
  if (batchSince !== null && now - batchSince >= MAX_BATCH_DELAY_MS) flushAll();
  flushes.add(flush);
  if (batchSince === null) {
    batchSince = now;
    setImmediate(flushAll);
  }
}

const OPEN = 1;
const REPLAY_PAGE = 500;
/** A screen this far behind is cut off; it reconnects and catches up from its last seq. */
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024;
const MAX_MESSAGE_BYTES = 1024;

/**
 * Serves one WebSocket: the client says which seq it has seen, gets every later event in
 * order, then `caughtUp`, then live events. Replay and subscription happen in one synchronous
 * run; commands also run synchronously on this thread, so no event can fall between them.
 */
export function serveEventStream(
  hub: Hub,
  socket: StreamSocket,
  actor: RequestActor,
  /** Whether the connection's session or device still counts; false ends the stream. */
  stillKnown: () => boolean,
  transport: StreamTransport | null = null,
): void {
  let unsubscribe: (() => void) | null = null;
  const lobby = isLobby(actor);
  const live: Buffer[] = [];

  const sendText = (text: string | Buffer): void => {
    if (socket.readyState !== OPEN) return;
    if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      socket.close(1013, 'too far behind; reconnect with your last seq');
      return;
    }
    socket.send(text, { binary: false });
  };
  const send = (message: StreamServerMessage): void => sendText(JSON.stringify(message));
  const sendEvent = (event: HubEvent): void => {
    const message = eventMessage(event, lobby);
    if (message) sendText(message);
  };
  const refuse = (code: string, message: string): void => send({ type: 'error', error: { code, message } });
  const flushLive = (): void => {
    transport?.cork();
    for (const message of live) sendText(message);
    live.length = 0;
    transport?.uncork();
  };

  socket.on('message', (data, isBinary) => {
    const raw = Buffer.isBuffer(data)
      ? data
      : Buffer.concat(Array.isArray(data) ? data : [Buffer.from(data)]);
    if (isBinary || raw.length > MAX_MESSAGE_BYTES) {
      refuse('invalid_input', 'Send one small JSON text message: {"type":"subscribe","after":<seq>}.');
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(raw.toString('utf8'));
    } catch {
      refuse('invalid_json', 'The message is not JSON.');
      return;
    }
    const parsed = subscribeMessage.safeParse(json);
    if (!parsed.success) {
      refuse('invalid_input', 'Expected {"type":"subscribe","after":<seq>}.');
      return;
    }
    if (unsubscribe) {
      refuse('invalid_input', 'Already subscribed on this connection.');
      return;
    }
    let seq = parsed.data.after;
    for (let page: HubEvent[]; (page = hub.eventsAfter(seq, REPLAY_PAGE)).length > 0;) {
      for (const event of page) sendEvent(event);
      seq = page.at(-1)!.seq;
    }
    send({ type: 'caughtUp', seq });
    unsubscribe = hub.subscribe((event) => {
      // Checked at every event: a sign-out or a revocation is itself one, so it ends the stream at once.
      if (!stillKnown()) {
        flushLive();
        socket.close(4401, 'the session or device has ended');
        return;
      }
      const message = eventMessage(event, lobby);
      if (!message) return;
      live.push(message);
      flushSoon(flushLive);
    });
  });

  socket.on('close', () => unsubscribe?.());
  socket.on('error', () => unsubscribe?.());
}
