import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../../shared/contract/access';
import { DEVICE_COOKIE, DEVICE_HEADER } from '../../shared/contract/devices';
import { HubError } from '../../shared/contract/errors';
import type { Credentials, Hub } from '../hub/hub';
import { bearerToken } from './bearer-token';

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- declaration merging needs an interface
  interface FastifyRequest {
    /** Who sent the request; null for a stranger on the LAN (who only reaches the open routes). */
    actor: Actor | null;
    credentials: Credentials;
  }
}

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

/** Routes a stranger on the LAN may reach: the pairing and sign-in that make them known. */
const OPEN_TO_STRANGERS = new Set([
  'POST /api/v1/devices/pair',
  'GET /api/v1/devices/current',
  'POST /api/v1/sessions',
]);

export function isLoopback(address: string | undefined): boolean {
  if (address === undefined) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return v4 === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}

function deviceToken(request: FastifyRequest): string | null {
  const header = request.headers[DEVICE_HEADER];
  const token = typeof header === 'string' ? header : cookieValue(request.headers.cookie, DEVICE_COOKIE);
  return token !== null && TOKEN.test(token) ? token : null;
}

/**
 * Works out who every request is from before any route runs. The hub's own PC needs no
 * credential; from the LAN a request needs a paired device's token or a staff session, except
 * for the built screens (which hold no office data) and the routes that pair or sign in.
 */
export function registerRequestActor(app: FastifyInstance, hub: Hub, trustLoopback: boolean): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('credentials', null as unknown as Credentials);
  app.addHook('onRequest', (request, _reply, done) => {
    request.credentials = {
      session: bearerToken(request),
      device: deviceToken(request),
      local: trustLoopback && isLoopback(request.socket.remoteAddress),
    };
    request.actor = hub.actorFor(request.credentials);
    const route = `${request.method} ${request.url.split('?')[0]}`;
    const stranger =
      request.actor === null && request.url.startsWith('/api/') && !OPEN_TO_STRANGERS.has(route);
    done(
      stranger
        ? new HubError('device_not_paired', 'This PC is not paired with the hub: ask the manager for a code.')
        : undefined,
    );
  });
}
