import { payloadDigest } from '../../db/event-chain';
import type { Db } from '../../db/open-database';
import { storedEventsAfter, storedHashAt } from '../../db/region-feed';
import { lastSeq } from '../../db/events';
import { getCharter } from '../../db/settings';
import type { HubEventBody } from '../../shared/contract/events';
import type { FeedEvent, FeedPage } from '../../shared/contract/region-feed';
import { regionFacts } from '../../shared/regional/region-facts';

/**
 * One page of the office's log as its region receives it. The digest is computed afresh from the
 * payload the office holds now, not read from its column: a payload edited in the database file
 * then no longer matches the chain, and the region refuses the log at that event.
 */
export function readFeedPage(db: Db, after: number, limit: number): FeedPage {
  const charter = getCharter(db);
  const anchorHash = storedHashAt(db, after);
  const events: FeedEvent[] =
    anchorHash === null
      ? []
      : storedEventsAfter(db, after, limit).map((row) => {
          if (row.payload === null) {
            return { ...link(row, row.payload_digest), purged: true, facts: null };
          }
          return {
            ...link(row, payloadDigest(row.payload)),
            purged: false,
            facts: factsOf(row.payload),
          };
        });
  return {
    office: { nameKo: charter?.officeKo ?? '', nameEn: charter?.officeEn ?? '' },
    lastSeq: lastSeq(db),
    anchor: anchorHash === null ? null : { seq: after, hash: anchorHash },
    events,
  };
}

/** A payload edited into something unreadable carries no facts; its digest already gives it away. */
function factsOf(payload: string) {
  try {
    return regionFacts(JSON.parse(payload) as HubEventBody);
  } catch {
    return null;
  }
}

function link(row: { seq: number; type: string; at: number; hash: string }, digest: string) {
  return { seq: row.seq, type: row.type, at: row.at, digest, hash: row.hash };
}
