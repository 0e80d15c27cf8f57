import { listCaseRecords, listUnkindnessReports } from '../../db/cases';
import { lastSeq } from '../../db/events';
import type { Db } from '../../db/open-database';
import { getCharter } from '../../db/settings';
import { countUnkindness, DEFAULT_UNKINDNESS_WINDOW_DAYS } from '../../shared/cases/unkindness-count';
import type { CaseList } from '../../shared/contract/case-views';
import { endOfBusinessDay, startOfBusinessDay } from '../../shared/time/business-day';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The manager's cases: open ones and those received `from`–`to`, read in one snapshot. */
export function readCaseList(db: Db, from: string, to: string, now: number): CaseList {
  return db.transaction(() => {
    const charter = getCharter(db);
    const windowDays = charter?.unkindnessWindowDays ?? DEFAULT_UNKINDNESS_WINDOW_DAYS;
    const threshold = charter?.unkindnessActionThreshold ?? null;
    return {
      cases: listCaseRecords(db, startOfBusinessDay(from), endOfBusinessDay(to)),
      unkindness: countUnkindness(
        listUnkindnessReports(db, now - windowDays * DAY_MS),
        now,
        windowDays,
        threshold,
      ),
      unkindnessThreshold: threshold,
      unkindnessWindowDays: windowDays,
      now,
      seq: lastSeq(db),
    };
  })();
}
