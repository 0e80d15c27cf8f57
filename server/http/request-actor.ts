import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RequestActor } from '../../shared/contract/access';
import { DEVICE_COOKIE, DEVICE_HEADER } from '../../shared/contract/devices';
import type { Credentials } from '../auth/credentials';
import type { Hub } from '../hub/hub';
import { bearerToken } from './bearer-token';

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- declaration merging needs an interface
  interface FastifyRequest {
    /** Who sent the request; null for a stranger on the LAN (who only reaches routes open to anyone). */
    actor: RequestActor | null;
    credentials: Credentials;
  }
}

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

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
 * Works out who every request is from before any route runs, from what it carries and where it
 * came from, never from its URL. Each route then checks this caller against its row of the
 * access table (api-routes.ts).
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
    done();
  });
}
