import { hasDueContacts, purgeDueContacts } from '../../db/cases';
import type { Db } from '../../db/open-database';
import type { HubEventBody } from '../../shared/contract/events';

type Commit = <R>(now: number, change: () => { result: R; event: HubEventBody }) => R;

/**
 * Deletes the contacts kept for the reply once their time after the answer is up, in one
 * transaction with the event that says so; null, with no event, when none were due.
 */
export function purgeCaseContacts(db: Db, now: number, commit: Commit): number[] | null {
  if (!hasDueContacts(db, now)) return null;
  return commit(now, () => {
    const caseIds = purgeDueContacts(db, now);
    return { result: caseIds, event: { type: 'caseContactsPurged', caseIds } };
  });
}
