import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { HubError } from '../../shared/contract/errors';
import { sendError } from './error-reply';

/** The screens are one single-page app: any non-API path that is not a file gets index.html. */
export async function registerStaticRoutes(app: FastifyInstance, rendererDir: string | null): Promise<void> {
  const built = rendererDir !== null && existsSync(join(rendererDir, 'index.html'));
  if (built) {
    // Scripts and styles carry their build's hash in their names; the page is no-cache (security-headers.ts).
    await app.register(fastifyStatic, { root: rendererDir, index: false, wildcard: false, maxAge: '1h' });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.method !== 'GET') {
      return sendError(
        reply,
        new HubError('not_found', `Nothing at ${request.method} ${request.url.split('?')[0]}.`),
      );
    }
    if (!built) {
      return reply
        .status(503)
        .type('text/plain; charset=utf-8')
        .send('The screens are not built yet: run `npm run build`, then reload.');
    }
    return reply.sendFile('index.html');
  });
}
