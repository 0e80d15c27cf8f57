import Fastify, { type FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { HubError } from '../../shared/contract/errors';
import { regionExportQuery, regionOverviewQuery } from '../../shared/contract/region-view';
import { describeIssues } from '../../server/hub/describe-issues';
import { sendError, toHubError } from '../../server/http/error-reply';
import { registerSecurityHeaders } from '../../server/http/security-headers';
import { registerStaticRoutes } from '../../server/http/routes-static';
import { listOffices } from '../db/offices';
import type { Pool } from '../db/pool';
import { readExportRows } from '../export/export-rows';
import { regionCsv, regionXlsx } from '../export/write-region-export';
import { readOverview, type OverviewSettings } from './region-overview';

export type RegionAppOptions = {
  pool: Pool;
  now: () => number;
  settings: OverviewSettings;
  /** The built renderer (dist/renderer), whose /region route is the region screen; null for the API alone. */
  rendererDir: string | null;
};

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new HubError('invalid_input', describeIssues(parsed.error));
  return parsed.data;
}

/** The region service's HTTP side: the overview the region screen shows, its exports, and the screen. */
export async function createRegionApp(options: RegionAppOptions): Promise<FastifyInstance> {
  const { pool, now, settings } = options;
  const app = Fastify({ logger: false, routerOptions: { maxParamLength: 200 } });
  app.setErrorHandler((error, request, reply) => {
    const known = toHubError(error);
    if (known) return sendError(reply, known);
    request.log.error(error);
    return sendError(reply, new HubError('internal', 'The region failed to answer.'));
  });
  registerSecurityHeaders(app);

  app.get('/api/v1/region/overview', (request) =>
    readOverview(pool, parse(regionOverviewQuery, request.query), settings, now()),
  );

  app.get('/api/v1/region/export', async (request, reply) => {
    const q = parse(regionExportQuery, request.query);
    const figureRows = await readExportRows(pool, q.by, q.from, q.to, now());
    const name = `region_${q.by}_${q.from}_${q.to}.${q.format}`;
    void reply
      .header('content-disposition', `attachment; filename="${name}"`)
      .header('cache-control', 'no-store');
    if (q.format === 'csv') return reply.type('text/csv; charset=utf-8').send(regionCsv(figureRows));
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .send(await regionXlsx(figureRows, q.by === 'day' ? '일별 지역 집계' : '월별 지역 집계'));
  });

  app.get('/api/v1/region/health', async () => ({
    ok: true,
    offices: (await listOffices(pool)).length,
    now: now(),
  }));

  app.get('/', (_request, reply) => reply.redirect('/region'));
  await registerStaticRoutes(app, options.rendererDir);
  return app;
}
