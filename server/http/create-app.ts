import fastifyWebsocket from '@fastify/websocket';
import type { Writable } from 'node:stream';
import Fastify, { type FastifyInstance } from 'fastify';
import { hubLogger } from './log-options';
import { HubError } from '../../shared/contract/errors';
import { STREAM_PROTOCOL } from '../../shared/contract/events';
import type { Hub } from '../hub/hub';
import { sendError, toHubError } from './error-reply';
import { registerApiRoutes } from './api-routes';
import type { BackupService } from '../backup/backup-service';
import { registerSecurityHeaders } from './security-headers';
import { registerHostCheck } from './host-check';
import { registerRequestActor } from './request-actor';
import { registerStaticRoutes } from './routes-static';

export type AppOptions = {
  hub: Hub;
  /** The built renderer (dist/renderer); null serves the API alone. */
  rendererDir: string | null;
  /** The database file, for exports that read on a connection of their own. */
  dbFile: string;
  backups: BackupService;
  /** Where request log lines go (credentials redacted); none by default. */
  log?: Writable;
  /**
   * Whether a request from this PC counts as the hub's own screens (no pairing needed). Tests
   * turn it off to play a PC on the LAN from this machine.
   */
  trustLoopback?: boolean;
  /** Where other PCs reach this hub, shown to the manager who pairs them; none off the LAN. */
  hubAddresses?: readonly string[];
  /** Names the office reaches the hub by (besides loopback and its addresses); see host-check.ts. */
  hostNames?: readonly string[];
};

const BODY_LIMIT_BYTES = 64 * 1024;

export async function createApp({
  hub,
  rendererDir,
  dbFile,
  backups,
  log,
  trustLoopback = true,
  hubAddresses = [],
  hostNames = [],
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: log ? hubLogger(log) : false,
    bodyLimit: BODY_LIMIT_BYTES,
    // Path parameters are command names and ids; a long one is hostile.
    routerOptions: { maxParamLength: 200 },
  });
  app.setErrorHandler((error, request, reply) => {
    // A refused WebSocket upgrade owns its raw socket: without this the connection stays open
    // after the refusal, holding a file handle for as long as the client cares to wait.
    if (request.headers.upgrade) reply.raw.once('finish', () => request.raw.socket.destroy());
    const known = toHubError(error);
    if (known) return sendError(reply, known);
    request.log.error(error);
    return sendError(reply, new HubError('internal', 'The hub failed to answer; nothing was changed.'));
  });
  registerSecurityHeaders(app);
  registerHostCheck(app, { hostNames });
  registerRequestActor(app, hub, trustLoopback);
  await app.register(fastifyWebsocket, {
    options: {
      maxPayload: 4096,
      // A client that offers subprotocols must get ours back, or its browser drops the connection.
      handleProtocols: (offered) => (offered.has(STREAM_PROTOCOL) ? STREAM_PROTOCOL : false),
    },
  });
  registerApiRoutes(app, { hub, backups, dbFile, hubAddresses });
  await registerStaticRoutes(app, rendererDir);
  return app;
}
