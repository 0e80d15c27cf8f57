import { eventHash } from '../../db/event-chain';
import { regionFactsSchema, type FeedEvent } from '../../shared/contract/region-feed';
import type { ArrivingEvent } from './hub-client';

export type PageVerdict = {
  /** The events that link, in order, up to the first that does not. */
  verified: FeedEvent[];
  broken: { seq: number; reason: string } | null;
};

/**
 * Checks a page against the end of the chain the region holds: each event must come next, and
 * its hash must be the hash of the link before it and of itself. An event whose payload was
 * edited at the office arrives with a digest of the edited payload and fails here at its own seq.
 */
export function verifyPage(
  held: { seq: number; hash: string },
  events: readonly ArrivingEvent[],
): PageVerdict {
  const verified: FeedEvent[] = [];
  let previous = held.hash;
  let expected = held.seq + 1;
  for (const e of events) {
    if (e.seq !== expected) {
      return {
        verified,
        broken: { seq: expected, reason: `event ${expected} is missing (the office sent ${e.seq})` },
      };
    }
    if (eventHash(previous, e.seq, e.type, e.at, e.digest) !== e.hash) {
      return { verified, broken: { seq: e.seq, reason: `event ${e.seq} does not match its hash` } };
    }
    const facts = e.facts === null ? null : regionFactsSchema.safeParse(e.facts);
    if (facts !== null && !facts.success) {
      return {
        verified,
        broken: { seq: e.seq, reason: `event ${e.seq} carries facts the region cannot read` },
      };
    }
    verified.push({ ...e, facts: facts === null ? null : facts.data });
    previous = e.hash;
    expected += 1;
  }
  return { verified, broken: null };
}
