import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { isCommandName } from '../../shared/contract/commands';
import { HubError } from '../../shared/contract/errors';
import type { Hub } from '../hub/hub';
import { serveEventStream } from '../stream/event-stream';
import { bearerToken } from './bearer-token';
import { requireRead } from './require-role';

const deskParams = z.strictObject({
  deskId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
});

function isSameOrigin(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

function refusedOrigin(origin: string): HubError {
  return new HubError('forbidden', `Pages from ${origin.slice(0, 100)} may not follow this hub.`);
}

/** The versioned API: sessions, commands, the read models screens start from, and the event stream. */
export function registerApiRoutes(app: FastifyInstance, hub: Hub): void {
  app.post<{ Params: { name: string } }>('/api/v1/commands/:name', (request) => {
    const { name } = request.params;
    if (!isCommandName(name)) throw new HubError('unknown_command', `There is no command "${name}".`);
    return { result: hub.execute(name, request.body, request.actor ?? undefined) };
  });

  app.post('/api/v1/sessions', (request) => hub.signIn(request.body, request.ip));

  app.get('/api/v1/sessions/current', (request) => {
    const token = bearerToken(request);
    const current = token ? hub.session(token) : null;
    if (!current) throw new HubError('sign_in_required', 'Not signed in, or the session has ended.');
    return current;
  });

  app.delete('/api/v1/sessions/current', (request) => {
    const token = bearerToken(request);
    if (!token) throw new HubError('sign_in_required', 'Not signed in.');
    hub.signOut(token);
    return { ok: true };
  });

  app.get('/api/v1/office', (request) => {
    requireRead(request, 'office');
    return hub.office();
  });

  app.get('/api/v1/departments', (request) => {
    requireRead(request, 'office');
    return { departments: hub.office().departments };
  });

  app.get('/api/v1/desks/:deskId', (request) => {
    const params = deskParams.safeParse(request.params);
    if (!params.success) throw new HubError('invalid_input', 'The desk id must be a positive whole number.');
    requireRead(request, 'staffBoards');
    return hub.deskState(params.data.deskId);
  });

  app.get('/api/v1/guide', (request) => {
    requireRead(request, 'staffBoards');
    return hub.guideBoard();
  });

  app.get('/api/v1/display', (request) => {
    requireRead(request, 'display');
    return hub.displayBoard();
  });

  app.get('/api/v1/health', () => ({ ok: true, seq: hub.lastSeq(), now: hub.now() }));

  app.get(
    '/api/v1/events',
    {
      websocket: true,
      // Browsers let any page open a WebSocket anywhere; only the hub's own pages (or clients
      // that send no Origin, such as the desktop app's main process) may follow the office.
      preValidation: (request, _reply, done) => {
        const origin = request.headers.origin;
        done(
          origin === undefined || isSameOrigin(origin, request.headers.host)
            ? undefined
            : refusedOrigin(origin),
        );
      },
    },
    (socket, request) => {
      requireRead(request, 'events');
      const { credentials } = request;
      // A session can end (signed out, expired) while its screen still follows the office.
      serveEventStream(hub, socket, request.actor!, () => hub.actorFor(credentials) !== null);
    },
  );
}
