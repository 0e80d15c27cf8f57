import { listDepartmentsWithQueue } from '../../db/departments';
import { listDesks } from '../../db/desks';
import { lastSeq } from '../../db/events';
import type { Db } from '../../db/open-database';
import { getCharter } from '../../db/settings';
import type { Office } from '../../shared/contract/views';
import { businessDay } from '../../shared/time/business-day';

/** One consistent snapshot: read in one transaction so `seq` matches the rows. */
export function readOffice(db: Db, now: number): Office {
  return db.transaction(() => {
    const charter = getCharter(db);
    return {
      nameKo: charter?.officeKo ?? '',
      nameEn: charter?.officeEn ?? '',
      charter,
      departments: listDepartmentsWithQueue(db, businessDay(now)),
      desks: listDesks(db),
      now,
      seq: lastSeq(db),
    };
  })();
}
