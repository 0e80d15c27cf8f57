import type { Server, Socket } from 'node:net';

/**
 * How long a connection may take and how many one address may hold. Fastify's defaults are no
 * timeouts at all, so a stranger's slow or silent connections would pile up until the hub runs
 * out of file handles.
 */
export type ConnectionLimits = {
  /** A connection with no traffic either way for this long is closed (a stalled download too). */
  idleMs: number;
  /** The request line and headers must have arrived by then. */
  headersMs: number;
  /** The whole request, body included, must have arrived by then. */
  requestMs: number;
  /** How often Node checks the two above. */
  checkEveryMs: number;
  /** Open connections from one address beyond this are closed at once. */
  perAddress: number;
};

/**
 * Product defaults. An office PC's browser holds about six connections and its event streams;
 * the hub's own PC (loopback) is not capped. A backup of a large office answers within a minute.
 */
export const CONNECTION_LIMITS: ConnectionLimits = {
  idleMs: 60_000,
  headersMs: 10_000,
  requestMs: 30_000,
  checkEveryMs: 1_000,
  perAddress: 32,
};

/** The options Fastify passes on to Node's HTTP server. */
export function serverTimeouts(limits: ConnectionLimits) {
  return {
    connectionTimeout: limits.idleMs,
    requestTimeout: limits.requestMs,
    http: {
      headersTimeout: limits.headersMs,
      requestTimeout: limits.requestMs,
      connectionsCheckingInterval: limits.checkEveryMs,
    },
  };
}

/** Closes a new connection at once when its address already holds `perAddress`. */
export function capConnectionsPerAddress(
  server: Server,
  perAddress: number,
  exempt: (address: string) => boolean,
): void {
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? '';
    if (exempt(address)) return;
    const count = open.get(address) ?? 0;
    if (count >= perAddress) {
      socket.destroy();
      return;
    }
    open.set(address, count + 1);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
  });
}
