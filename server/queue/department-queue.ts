import { getDepartment } from '../../db/departments';
import type { Db } from '../../db/open-database';
import { countQueued, listDepartmentCalls, listQueued, listWaiting } from '../../db/tickets';
import type { DepartmentCall, Ticket } from '../../shared/contract/views';
import { aheadOfNewest, callingOrder, countAhead, pickNext } from '../../shared/queue/next-visitor';
import { DEFAULT_PRIORITY_RULE } from '../../shared/queue/priority-rule';

// A ticket waits only on the day it was issued: one never called by closing time is not
// called the next morning, and does not count as waiting.

function ruleOf(db: Db, departmentId: number) {
  return getDepartment(db, departmentId)?.priorityRule ?? DEFAULT_PRIORITY_RULE;
}

/** The id of the ticket the department calls next today (see `pickNext`); null when nobody waits. */
export function nextTicketId(db: Db, departmentId: number, day: string): number | null {
  const next = pickNext(
    listQueued(db, departmentId, day),
    ruleOf(db, departmentId),
    listDepartmentCalls(db, departmentId, day),
  );
  return next?.id ?? null;
}

/** How many of today's waiting tickets of its department will be called before `ticket`. */
export function ticketsAhead(db: Db, ticket: Ticket): number {
  const counted = aheadOfNewest(
    {
      id: ticket.id,
      issuedAt: ticket.issuedAt,
      firstTicketId: ticket.firstTicketId,
      servedFirst: ticket.servedFirst,
      prioritized: ticket.priorityNeed !== null,
    },
    countQueued(db, ticket.departmentId, ticket.businessDay),
  );
  if (counted !== null) return counted;
  return countAhead(
    listQueued(db, ticket.departmentId, ticket.businessDay),
    ruleOf(db, ticket.departmentId),
    listDepartmentCalls(db, ticket.departmentId, ticket.businessDay),
    ticket.id,
  );
}

/** The department's waiting tickets today in calling order, and the calls that order follows from. */
export function waitingInOrder(
  db: Db,
  departmentId: number,
  day: string,
): {
  waiting: Ticket[];
  calls: DepartmentCall[];
} {
  const calls = listDepartmentCalls(db, departmentId, day);
  return {
    waiting: callingOrder(listWaiting(db, departmentId, day), ruleOf(db, departmentId), calls),
    calls,
  };
}
