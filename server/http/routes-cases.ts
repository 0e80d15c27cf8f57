import type { FastifyInstance } from 'fastify';
import { HubError } from '../../shared/contract/errors';
import { reportRange } from '../../shared/contract/reports';
import { caseFileName } from '../../shared/contract/case-reports';
import { exportCases, withReadSnapshot } from '../export/export-report';
import { describeIssues } from '../hub/describe-issues';
import type { Hub } from '../hub/hub';
import { requireRole } from './require-role';

function range(query: unknown): { from: string; to: string } {
  const parsed = reportRange.safeParse(query);
  if (!parsed.success) throw new HubError('invalid_input', describeIssues(parsed.error));
  return parsed.data;
}

/** The manager's case list and its CSV: complaints, reports and suggestions with their steps. */
export function registerCaseRoutes(app: FastifyInstance, hub: Hub, dbFile: string): void {
  app.get('/api/v1/cases', (request) => {
    requireRole(request, 'manager');
    const { from, to } = range(request.query);
    return hub.cases(from, to);
  });

  app.get('/api/v1/reports/cases', async (request, reply) => {
    requireRole(request, 'manager');
    const { from, to } = range(request.query);
    const csv = await withReadSnapshot(dbFile, (db) => exportCases(db, from, to, hub.now()));
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${caseFileName(from, to)}"`)
      .header('cache-control', 'no-store')
      .send(csv);
  });
}
