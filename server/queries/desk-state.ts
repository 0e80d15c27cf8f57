import { listCompensationsForTickets } from '../../db/compensations';
import { listDepartments, getDepartment } from '../../db/departments';
import { getDeskAway, listAwayDesks } from '../../db/desk-away';
import { listDesks } from '../../db/desks';
import { lastSeq } from '../../db/events';
import type { Db } from '../../db/open-database';
import { getCharter } from '../../db/settings';
import {
  countFinishedAtDesk,
  getTickets,
  listAcknowledgedAtDesk,
  listAtDesk,
  listFinishedAtDesk,
} from '../../db/tickets';
import type { DeskFigures, DeskState, EarlierVisit, Ticket } from '../../shared/contract/views';
import { median } from '../../shared/stats/summary';
import { businessDay } from '../../shared/time/business-day';
import { isWithinTarget } from '../../shared/visit/clocks';
import { requireDesk } from '../handlers/rules';
import { waitingInOrder } from '../queue/department-queue';

const FINISHED_SHOWN = 50;

function deskFigures(db: Db, deskId: number, day: string): DeskFigures {
  const attended = listAcknowledgedAtDesk(db, deskId, day);
  const times = attended.map((t) => t.acknowledgedAt! - t.arrivedAt!);
  return {
    served: countFinishedAtDesk(db, deskId, day, 'served'),
    noShows: countFinishedAtDesk(db, deskId, day, 'noShow'),
    acknowledged: attended.length,
    medianAttendMs: median(times),
    worstAttendMs: times.length ? Math.max(...times) : null,
    breaches: attended.filter((t, i) => isWithinTarget(times[i]!, t.attendTargetMs) === false).length,
  };
}

function earlierVisitsOf(db: Db, tickets: readonly Ticket[]): EarlierVisit[] {
  const ids = [...new Set(tickets.flatMap((t) => (t.repeatOfTicketId === null ? [] : [t.repeatOfTicketId])))];
  return getTickets(db, ids).map((t) => ({
    ticketId: t.id,
    number: t.number,
    businessDay: t.businessDay,
    departmentId: t.departmentId,
    deskId: t.deskId,
    status: t.status,
  }));
}

export function readDeskState(db: Db, deskId: number, now: number): DeskState {
  const day = businessDay(now);
  return db.transaction(() => {
    const desk = requireDesk(db, deskId);
    const { waiting, calls } = waitingInOrder(db, desk.departmentId, day);
    const atDesk = listAtDesk(db, desk.id);
    const finishedToday = listFinishedAtDesk(db, desk.id, day, FINISHED_SHOWN);
    const shown = [...waiting, ...atDesk, ...finishedToday];
    return {
      desk,
      department: getDepartment(db, desk.departmentId)!,
      charter: getCharter(db),
      waiting,
      departmentCalls: calls,
      atDesk,
      finishedToday,
      figures: deskFigures(db, desk.id, day),
      away: getDeskAway(db, desk.id),
      awayDesks: listAwayDesks(db),
      desks: listDesks(db),
      departments: listDepartments(db),
      earlierVisits: earlierVisitsOf(db, shown),
      compensations: listCompensationsForTickets(
        db,
        shown.map((t) => t.id),
      ),
      now,
      seq: lastSeq(db),
    };
  })();
}
