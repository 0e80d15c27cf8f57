import type { FastifyRequest } from 'fastify';
import { SESSION_PROTOCOL_PREFIX } from '../../shared/contract/events';

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

/**
 * A browser cannot set headers on a WebSocket, so a staff session on a PC that is not paired
 * travels to the event stream as an offered subprotocol, `minwon.session.<token>`.
 */
function sessionOfferedAsProtocol(request: FastifyRequest): string | null {
  const offered = request.headers['sec-websocket-protocol'];
  if (!request.headers.upgrade || typeof offered !== 'string') return null;
  for (const protocol of offered.split(',')) {
    const name = protocol.trim();
    if (!name.startsWith(SESSION_PROTOCOL_PREFIX)) continue;
    const token = name.slice(SESSION_PROTOCOL_PREFIX.length);
    return TOKEN.test(token) ? token : null;
  }
  return null;
}

/** The session token of `Authorization: Bearer <token>`, or of a WebSocket's offered subprotocol. */
export function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  const match = header ? /^Bearer ([A-Za-z0-9_-]{20,100})$/.exec(header) : null;
  return match?.[1] ?? sessionOfferedAsProtocol(request);
}
