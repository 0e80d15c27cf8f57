import type { FastifyInstance } from 'fastify';
import { HubError } from '../../shared/contract/errors';
import { feedQuery } from '../../shared/contract/region-feed';
import { describeIssues } from '../hub/describe-issues';
import type { Hub } from '../hub/hub';
import { requireRead } from './require-role';

/** The event log as the office's region receives it (docs/security.md, "The region"). */
export function registerRegionFeedRoutes(app: FastifyInstance, hub: Hub): void {
  app.get('/api/v1/region/feed', (request) => {
    requireRead(request, 'regionFeed');
    const query = feedQuery.safeParse(request.query);
    if (!query.success) throw new HubError('invalid_input', describeIssues(query.error));
    return hub.regionFeed(query.data.after, query.data.limit);
  });
}
