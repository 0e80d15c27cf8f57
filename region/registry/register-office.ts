import { saveOffice, type OfficeRow } from '../db/offices';
import type { Pool } from '../db/pool';
import { fetchFeedPage, pairWithOffice } from '../ingest/hub-client';

/** An office hub's address as the region keeps it: its origin alone. */
export function hubOrigin(address: string): string {
  const url = new URL(address);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${address}: a hub is reached over http or https`);
  }
  return url.origin;
}

/**
 * Pairs the region with an office hub using the 6-digit code a manager made there for a
 * "지역 집계" device, and registers the office. An office registered before (a revoked token, paired
 * again) keeps what the region already holds and resumes from there.
 */
export async function registerOffice(
  pool: Pool,
  request: { hubUrl: string; code: string; now: number },
): Promise<OfficeRow> {
  const hubUrl = hubOrigin(request.hubUrl);
  const paired = await pairWithOffice(hubUrl, request.code);
  if (paired.device.role !== 'region') {
    throw new Error(
      `The code was made for a ${paired.device.role}, not for a region: revoke "${paired.device.name}" on the office's ` +
        'devices panel and make a code for 지역 집계.',
    );
  }
  const page = await fetchFeedPage(hubUrl, paired.token, 0, 0);
  return saveOffice(pool, {
    nameKo: page.office.nameKo === '' ? hubUrl : page.office.nameKo,
    nameEn: page.office.nameEn,
    hubUrl,
    feedToken: paired.token,
    registeredAt: request.now,
  });
}
