import { getDepartment } from '../../db/departments';
import { lastSeq } from '../../db/events';
import type { Db } from '../../db/open-database';
import { getCharter } from '../../db/settings';
import { listAtDesk, listFinishedAtDesk, listWaiting } from '../../db/tickets';
import type { DeskState } from '../../shared/contract/views';
import { businessDay } from '../../shared/time/business-day';
import { requireDesk } from '../handlers/rules';

const FINISHED_SHOWN = 50;

export function readDeskState(db: Db, deskId: number, now: number): DeskState {
  const day = businessDay(now);
  return db.transaction(() => {
    const desk = requireDesk(db, deskId);
    return {
      desk,
      department: getDepartment(db, desk.departmentId)!,
      charter: getCharter(db),
      waiting: listWaiting(db, desk.departmentId, day),
      atDesk: listAtDesk(db, desk.id),
      finishedToday: listFinishedAtDesk(db, desk.id, day, FINISHED_SHOWN),
      now,
      seq: lastSeq(db),
    };
  })();
}
