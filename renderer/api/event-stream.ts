import {
  SESSION_PROTOCOL_PREFIX,
  STREAM_PROTOCOL,
  type HubEvent,
  type StreamServerMessage,
} from '../../shared/contract/events';
import { currentSessionToken } from './http-client';
import { reconnectDelay } from './reconnect-delay';

/** The close code of a stream whose session ended or whose device was revoked. */
const CREDENTIALS_ENDED = 4401;

let onCredentialsEnded: () => void = () => undefined;

/** Who hears that the hub closed a stream because its credentials stopped counting. */
export function setStreamCredentialsEndedListener(listener: () => void): void {
  onCredentialsEnded = listener;
}

/** connecting: first contact; live: caught up and receiving; reconnecting: lost, trying again. */
export type StreamStatus = 'connecting' | 'live' | 'reconnecting';

export type EventStreamOptions = {
  /** The seq of the snapshot the screen started from; events after it are delivered. */
  after: number;
  onEvent: (event: HubEvent) => void;
  onStatus: (status: StreamStatus) => void;
};

export type EventStream = { close(): void };

function streamUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${window.location.host}/api/v1/events`;
}

/** On a PC that is not paired, a staff sign-in is what lets the hub stream to it. */
function streamProtocols(): string[] {
  const token = currentSessionToken();
  return token === null ? [STREAM_PROTOCOL] : [STREAM_PROTOCOL, SESSION_PROTOCOL_PREFIX + token];
}

function parseMessage(data: unknown): StreamServerMessage | null {
  if (typeof data !== 'string') return null;
  try {
    const message = JSON.parse(data) as unknown;
    return typeof message === 'object' && message !== null && 'type' in message
      ? (message as StreamServerMessage)
      : null;
  } catch {
    return null;
  }
}

/**
 * Follows the hub's event log from `after`, in order and without gaps: after a dropped
 * connection it resubscribes from the last event it delivered, so nothing is missed or repeated.
 */
export function openEventStream({ after, onEvent, onStatus }: EventStreamOptions): EventStream {
  let lastSeq = after;
  let attempt = 0;
  let closed = false;
  let socket: WebSocket | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;

  const connect = (): void => {
    onStatus(attempt === 0 ? 'connecting' : 'reconnecting');
    const ws = new WebSocket(streamUrl(), streamProtocols());
    socket = ws;
    ws.onopen = () => {
      ws.send(JSON.stringify({ type: 'subscribe', after: lastSeq }));
    };
    ws.onmessage = (message) => {
      if (closed) return;
      const parsed = parseMessage(message.data);
      if (!parsed) return;
      if (parsed.type === 'event') {
        if (parsed.event.seq <= lastSeq) return;
        lastSeq = parsed.event.seq;
        onEvent(parsed.event);
      } else if (parsed.type === 'caughtUp') {
        attempt = 0;
        onStatus('live');
      } else {
        // The hub refused the subscription; a fresh connection is the only way forward.
        ws.close();
      }
    };
    ws.onclose = (event) => {
      if (closed) return;
      // The hub closes a stream whose session or device stopped counting (docs/api.md).
      if (event.code === CREDENTIALS_ENDED) onCredentialsEnded();
      onStatus('reconnecting');
      retryTimer = setTimeout(connect, reconnectDelay(attempt));
      attempt += 1;
    };
  };

  connect();
  return {
    close() {
      closed = true;
      if (retryTimer !== null) clearTimeout(retryTimer);
      socket?.close();
    },
  };
}
