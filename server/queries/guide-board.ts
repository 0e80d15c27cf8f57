import { listLiveForecasts } from '../../db/breach-forecasts';
import { listDepartments } from '../../db/departments';
import { listEscortRequestsOfDay } from '../../db/escorts';
import { lastSeq } from '../../db/events';
import type { Db } from '../../db/open-database';
import { listStaff } from '../../db/staff';
import { getTickets } from '../../db/tickets';
import type { GuideBoard } from '../../shared/contract/views';
import { businessDay } from '../../shared/time/business-day';

/** Today's escort and call-staff requests, with the tickets they are about. */
export function readGuideBoard(db: Db, now: number): GuideBoard {
  return db.transaction(() => {
    const day = businessDay(now);
    const requests = listEscortRequestsOfDay(db, day);
    const ticketIds = [...new Set(requests.flatMap((r) => (r.ticketId === null ? [] : [r.ticketId])))];
    return {
      requests,
      forecasts: listLiveForecasts(db, day),
      tickets: getTickets(db, ticketIds),
      departments: listDepartments(db),
      staff: listStaff(db),
      now,
      seq: lastSeq(db),
    };
  })();
}
