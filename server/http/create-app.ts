import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyInstance } from 'fastify';
import { HubError } from '../../shared/contract/errors';
import type { Hub } from '../hub/hub';
import { sendError, toHubError } from './error-reply';
import { registerApiRoutes } from './routes-api';
import { registerBackupRoutes } from './routes-backups';
import { registerReportRoutes } from './routes-reports';
import type { BackupService } from '../backup/backup-service';
import { registerSecurityHeaders } from './security-headers';
import { registerStaticRoutes } from './routes-static';

export type AppOptions = {
  hub: Hub;
  /** The built renderer (dist/renderer); null serves the API alone. */
  rendererDir: string | null;
  /** The database file, for exports that read on a connection of their own. */
  dbFile: string;
  backups: BackupService;
  logger?: boolean;
};

const BODY_LIMIT_BYTES = 64 * 1024;

export async function createApp({
  hub,
  rendererDir,
  dbFile,
  backups,
  logger = false,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger,
    bodyLimit: BODY_LIMIT_BYTES,
    // Path parameters are command names and ids; a long one is hostile.
    routerOptions: { maxParamLength: 200 },
  });
  app.setErrorHandler((error, request, reply) => {
    const known = toHubError(error);
    if (known) return sendError(reply, known);
    request.log.error(error);
    return sendError(reply, new HubError('internal', 'The hub failed to answer; nothing was changed.'));
  });
  registerSecurityHeaders(app);
  await app.register(fastifyWebsocket, { options: { maxPayload: 4096 } });
  registerApiRoutes(app, hub);
  registerReportRoutes(app, hub, dbFile);
  registerBackupRoutes(app, hub, backups);
  await registerStaticRoutes(app, rendererDir);
  return app;
}
