import { isErrorBody } from '../../shared/contract/errors';
import type {
  RegionExportFormat,
  RegionOverview,
  RegionOverviewQuery,
  RegionPeriod,
} from '../../shared/contract/region-view';
import { ApiError } from './http-client';

const REGION_API = '/api/v1/region';

async function get<T>(path: string): Promise<T> {
  let response: Response;
  try {
    response = await fetch(REGION_API + path);
  } catch (error) {
    throw new ApiError('network', error instanceof Error ? error.message : 'The region did not answer.');
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return body as T;
  // The region answers in the hub's error shape; a hub (no region here) answers not_found.
  if (isErrorBody(body)) throw new ApiError(body.error.code, body.error.message);
  throw new ApiError(response.status >= 500 ? 'internal' : 'not_found', `HTTP ${response.status}`);
}

export function fetchRegionOverview(query: RegionOverviewQuery): Promise<RegionOverview> {
  const params = new URLSearchParams(
    query.period === 'day' ? { period: 'day', day: query.day } : { period: 'month', month: query.month },
  );
  return get<RegionOverview>(`/overview?${params.toString()}`);
}

export function fetchRegionNow(): Promise<number> {
  return get<{ now: number }>('/health').then((h) => h.now);
}

/** The export of a period as a link: the region's exports need no credential the page holds. */
export function regionExportHref(
  by: RegionPeriod,
  from: string,
  to: string,
  format: RegionExportFormat,
): string {
  return `${REGION_API}/export?${new URLSearchParams({ from, to, by, format }).toString()}`;
}
