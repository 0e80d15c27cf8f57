import { listDesks } from '../../db/desks';
import { lastSeq } from '../../db/events';
import type { Db } from '../../db/open-database';
import { getOfficeHours, listHolidays } from '../../db/office-hours';
import { getCharter, getKioskLanguages } from '../../db/settings';
import type { Office } from '../../shared/contract/views';
import { officeStatus } from '../../shared/hours/office-hours';
import { businessDay } from '../../shared/time/business-day';
import { departmentsWithQueue } from './departments-with-queue';

/** One consistent snapshot: read in one transaction so `seq` matches the rows. */
export function readOffice(db: Db, now: number): Office {
  return db.transaction(() => {
    const charter = getCharter(db);
    const hours = getOfficeHours(db);
    return {
      nameKo: charter?.officeKo ?? '',
      nameEn: charter?.officeEn ?? '',
      charter,
      departments: departmentsWithQueue(db, businessDay(now)),
      desks: listDesks(db),
      hours,
      holidays: listHolidays(db),
      kioskLanguages: getKioskLanguages(db),
      status: officeStatus(hours, now),
      now,
      seq: lastSeq(db),
    };
  })();
}
