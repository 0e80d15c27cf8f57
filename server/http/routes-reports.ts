import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { HubError } from '../../shared/contract/errors';
import {
  reportContentType,
  reportFileName,
  reportQuery,
  reportRange,
  type RetentionSettings,
} from '../../shared/contract/reports';
import { firstKeptDay } from '../../shared/retention/visit-retention';
import { exportVisits, summarizeVisits, withReadSnapshot } from '../export/export-report';
import { describeIssues } from '../hub/describe-issues';
import type { Hub } from '../hub/hub';
import { requireRole } from './require-role';

const ledgerQuery = z.strictObject({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM'),
});

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new HubError('invalid_input', describeIssues(parsed.error));
  return parsed.data;
}

/** The manager's reports: summary figures, the visit log export and the compensation ledger. */
export function registerReportRoutes(app: FastifyInstance, hub: Hub, dbFile: string): void {
  app.get('/api/v1/reports/summary', async (request) => {
    requireRole(request, 'manager');
    const { from, to } = parse(reportRange, request.query);
    // A day that has ended is reported with its open visits closed, whoever asks first.
    hub.closeEndedDays();
    return withReadSnapshot(dbFile, (db) => summarizeVisits(db, from, to, hub.now()));
  });

  app.get('/api/v1/reports/visits', (request, reply) => {
    requireRole(request, 'manager');
    const query = parse(reportQuery, request.query);
    hub.closeEndedDays();
    const body = new PassThrough();
    exportVisits(dbFile, query, body, hub.now()).catch((error: unknown) => {
      request.log.error(error);
      body.destroy(error instanceof Error ? error : new Error(String(error)));
    });
    const name = reportFileName(query.from, query.to, query.format);
    return reply
      .header('content-type', reportContentType[query.format])
      .header('content-disposition', `attachment; filename="${name}"`)
      .header('cache-control', 'no-store')
      .send(body);
  });

  app.get('/api/v1/settings/export', (request) => {
    requireRole(request, 'manager');
    return { includeStaffNames: hub.exportSettings().includeStaffNames };
  });

  app.get('/api/v1/settings/retention', (request): RetentionSettings => {
    requireRole(request, 'manager');
    const { retentionDays, purgedThrough } = hub.retention();
    return { days: retentionDays, keepsFrom: firstKeptDay(hub.now(), retentionDays), purgedThrough };
  });

  app.get('/api/v1/compensations', (request) => {
    requireRole(request, 'manager');
    return hub.ledger(parse(ledgerQuery, request.query).month);
  });
}
