import { FEED_PAGE_DEFAULT } from '../../shared/contract/region-feed';
import { heldHashAt } from '../db/log';
import { getOffice, recordContact, recordProblem, type FeedProblem, type OfficeRow } from '../db/offices';
import type { Pool } from '../db/pool';
import { FeedError, fetchFeedPage } from './hub-client';
import { storeVerifiedEvents } from './store-page';
import { verifyPage } from './verify-page';

export type PullOutcome =
  | { ok: true; stored: number; lastSeq: number }
  | { ok: false; stored: number; problem: FeedProblem; seq: number | null; detail: string };

export type PullOptions = { now: () => number; pageSize?: number; maxPages?: number };

/**
 * The first seq at which the office's log differs from the copy the region holds, when the
 * office's hash of the region's last event is not the region's: the office's log was rewritten
 * (or restored from an older backup). Every hash from there on differs, so halving finds it.
 */
async function firstRewrittenSeq(pool: Pool, office: OfficeRow): Promise<number> {
  let same = 0;
  let differs = office.lastSeq;
  while (differs - same > 1) {
    const mid = Math.floor((same + differs) / 2);
    const page = await fetchFeedPage(office.hubUrl, office.feedToken, mid, 0);
    const held = await heldHashAt(pool, office.id, mid);
    if (page.anchor !== null && held !== null && page.anchor.hash === held) same = mid;
    else differs = mid;
  }
  return differs;
}

/**
 * Takes what the office has added since the region's end of its chain, page by page, verifying
 * each link on arrival. Stops at the first problem, having stored every event before it; a log
 * that no longer continues the region's copy is refused whole and stays refused.
 */
export async function pullOffice(pool: Pool, officeId: number, options: PullOptions): Promise<PullOutcome> {
  const pageSize = options.pageSize ?? FEED_PAGE_DEFAULT;
  const maxPages = options.maxPages ?? Number.MAX_SAFE_INTEGER;
  let stored = 0;
  const fail = async (problem: FeedProblem, seq: number | null, detail: string): Promise<PullOutcome> => {
    await recordProblem(pool, officeId, { kind: problem, at: options.now(), seq, detail });
    return { ok: false, stored, problem, seq, detail };
  };
  for (let pages = 0; pages < maxPages; pages++) {
    const office = await getOffice(pool, officeId);
    if (!office) throw new Error(`There is no office ${officeId} in the region.`);
    try {
      const page = await fetchFeedPage(office.hubUrl, office.feedToken, office.lastSeq, pageSize);
      if (page.anchor === null) {
        return await fail(
          'logRewritten',
          page.lastSeq + 1,
          `the office's log ends at event ${page.lastSeq}, before the ${office.lastSeq} events the region holds`,
        );
      }
      if (page.anchor.hash !== office.lastHash) {
        const seq = await firstRewrittenSeq(pool, office);
        return await fail('logRewritten', seq, `event ${seq} differs from the copy the region verified`);
      }
      const verdict = verifyPage({ seq: office.lastSeq, hash: office.lastHash }, page.events);
      const contactAt = options.now();
      if (verdict.verified.length > 0) {
        const took = await storeVerifiedEvents(
          pool,
          officeId,
          { seq: office.lastSeq, hash: office.lastHash },
          verdict.verified,
          contactAt,
        );
        // Another region process stored this page first: read the new end and go on from it.
        if (!took) continue;
        stored += verdict.verified.length;
      }
      if (verdict.broken) return await fail('chainBroken', verdict.broken.seq, verdict.broken.reason);
      if (page.events.length < pageSize) {
        await recordContact(pool, officeId, contactAt);
        return { ok: true, stored, lastSeq: page.events.at(-1)?.seq ?? office.lastSeq };
      }
    } catch (error) {
      if (error instanceof FeedError) return await fail(error.failure.kind, null, error.failure.detail);
      throw error;
    }
  }
  const office = await getOffice(pool, officeId);
  return { ok: true, stored, lastSeq: office?.lastSeq ?? 0 };
}
