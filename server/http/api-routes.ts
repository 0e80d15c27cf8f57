import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import type { WebSocket } from 'ws';
import { callerOf, mayCall, refusalOf, type Audience, type RequestActor } from '../../shared/contract/access';
import { HubError } from '../../shared/contract/errors';
import { queries, queryPathParams, type ParsedParams, type QueryName } from '../../shared/contract/queries';
import { API_BASE, apiRoutes, type ApiRoute, type SpecialRouteName } from '../../shared/contract/routes';
import { describeIssues } from '../hub/describe-issues';
import { readers, type ReadContext, type Reader, type ServerParts } from '../queries/readers';
import type { Credentials } from '../auth/credentials';
import { specialHandlers } from './special-routes';

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- declaration merging needs an interface
  interface FastifyContextConfig {
    /** The access-table row a route was registered from; routes under /api without one are refused. */
    apiRoute?: ApiRoute;
  }
}

const refusalMessages = {
  device_not_paired: 'This PC is not paired with the hub: ask the manager for a code.',
  sign_in_required: 'This needs a staff sign-in.',
  local_only: 'This is done on the hub’s own PC.',
} as const;

function refusal(who: Exclude<Audience, 'anyone'>, actor: RequestActor | null): HubError {
  const code = refusalOf(who, actor);
  return code === 'forbidden'
    ? new HubError('forbidden', `A ${callerOf(actor!)} may not reach this.`)
    : new HubError(code, refusalMessages[code]);
}

/** Checks the caller against the row of the route the router matched, before the body is read. */
function guard(who: Audience): onRequestHookHandler {
  return (request, _reply, done) => {
    done(who === 'anyone' || mayCall(who, request.actor) ? undefined : refusal(who, request.actor));
  };
}

/** Path parameters and query string together, as the read's schema expects them. */
function readParams<N extends QueryName>(name: N, request: FastifyRequest): ParsedParams<N> {
  const path = request.params as Record<string, string>;
  const query = request.query as Record<string, unknown>;
  for (const key of queryPathParams(name)) {
    if (Object.hasOwn(query, key)) throw new HubError('invalid_input', `${key} is given in the path.`);
  }
  const parsed = queries[name].params.safeParse({ ...query, ...path });
  if (!parsed.success) throw new HubError('invalid_input', describeIssues(parsed.error));
  return parsed.data as ParsedParams<N>;
}

function read<N extends QueryName>(name: N, parts: ServerParts, request: FastifyRequest) {
  const reader = readers[name] as Reader<N>;
  const ctx = { ...parts, caller: request.actor, credentials: request.credentials } as ReadContext<N>;
  return reader(ctx, readParams(name, request));
}

type AnyContext = ServerParts & {
  request: FastifyRequest;
  reply: FastifyReply;
  caller: RequestActor | null;
  credentials: Credentials;
};
/** A special route's handler as the router calls it; its row's guard has already run. */
type AnySpecialHandler =
  { http(ctx: AnyContext): unknown } | { websocket(socket: WebSocket, ctx: AnyContext): void };

function special(name: SpecialRouteName, parts: ServerParts) {
  const handler: AnySpecialHandler = specialHandlers[name];
  const context = (request: FastifyRequest, reply: FastifyReply): AnyContext => ({
    ...parts,
    request,
    reply,
    caller: request.actor,
    credentials: request.credentials,
  });
  if ('websocket' in handler) {
    // A handler for plain HTTP beside `wsHandler` (rather than `websocket: true`) makes a GET
    // without an upgrade a clear refusal instead of an empty 404.
    return {
      handler: () => {
        throw new HubError('invalid_input', 'This is the event stream: open it as a WebSocket.');
      },
      wsHandler: (socket: WebSocket, request: FastifyRequest) => {
        handler.websocket(socket, context(request, null as unknown as FastifyReply));
      },
    };
  }
  return { handler: (request: FastifyRequest, reply: FastifyReply) => handler.http(context(request, reply)) };
}

/**
 * Registers every route of the access table, and nothing else under /api: each route checks
 * its caller against its own row, so however a request spelled its target (percent-encoded,
 * absolute-form), the check is the one of the route that will run. A command runs as its caller,
 * never as the hub itself.
 */
export function registerApiRoutes(app: FastifyInstance, parts: ServerParts): void {
  app.addHook('onRoute', (options) => {
    if (options.url.startsWith(`${API_BASE}/`) && !options.config?.apiRoute) {
      throw new Error(
        `${String(options.method)} ${options.url} is not in the access table (shared/contract/routes.ts)`,
      );
    }
  });
  for (const route of apiRoutes) {
    const common = {
      method: route.method,
      url: API_BASE + route.path,
      onRequest: guard(route.who),
      exposeHeadRoute: false,
      config: { apiRoute: route },
    };
    switch (route.kind) {
      case 'command': {
        const { name } = route;
        app.route({
          ...common,
          handler: (request) => ({ result: parts.hub.execute(name, request.body, request.actor!) }),
        });
        break;
      }
      case 'query': {
        const { name } = route;
        app.route({ ...common, handler: (request) => read(name, parts, request) });
        break;
      }
      case 'special':
        app.route({ ...common, ...special(route.name, parts) });
        break;
    }
  }
}
