import type { FeedEvent } from '../../shared/contract/region-feed';
import {
  markDirtyDays,
  markFirstEscorts,
  saveCharter,
  savePurge,
  setCompensations,
  setRatings,
  upsertCases,
  upsertDepartments,
  upsertVisits,
} from '../db/facts';
import { insertEvents } from '../db/log';
import { advanceOffice, lockOffice } from '../db/offices';
import { ensureMonthPartitions, monthOfDay, monthOfTime } from '../db/partitions';
import { inTransaction, type Pool } from '../db/pool';
import { collectFacts } from './collect-facts';

/**
 * Stores a verified run of events in one transaction: the events, the facts they change, the days
 * whose figures must be computed again, and the new end of the chain. Returns false, storing
 * nothing, when the chain's end moved meanwhile (another region process took the same page).
 */
export async function storeVerifiedEvents(
  pool: Pool,
  officeId: number,
  from: { seq: number; hash: string },
  events: readonly FeedEvent[],
  contactAt: number,
): Promise<boolean> {
  const last = events.at(-1);
  if (!last) return true;
  return inTransaction(pool, async (client) => {
    const office = await lockOffice(client, officeId);
    if (office.lastSeq !== from.seq || office.lastHash !== from.hash) return false;
    const facts = collectFacts(events);
    await ensureMonthPartitions(client, {
      events: events.map((e) => monthOfTime(e.at)),
      visits: facts.tickets.map((t) => monthOfDay(t.businessDay)),
    });
    await insertEvents(client, officeId, events);
    await upsertVisits(client, officeId, facts.tickets);
    const escortDays = await markFirstEscorts(client, officeId, facts.escorts);
    const compensationDays = await setCompensations(client, officeId, facts.compensations);
    const ratingDays = await setRatings(client, officeId, facts.ratings);
    await upsertCases(client, officeId, facts.cases);
    await upsertDepartments(client, officeId, facts.departments);
    if (facts.charter) await saveCharter(client, officeId, facts.charter.charter, facts.charter.at);
    if (facts.purgedThrough) await savePurge(client, officeId, facts.purgedThrough);
    await markDirtyDays(client, officeId, [
      ...facts.tickets.map((t) => t.businessDay),
      ...escortDays,
      ...compensationDays,
      ...ratingDays,
    ]);
    await advanceOffice(client, officeId, { seq: last.seq, hash: last.hash, at: last.at, contactAt });
    return true;
  });
}
