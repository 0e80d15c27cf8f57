import { getCharter } from '../../db/settings';
import { insertTicket, nextTicketSequence, type NewTicket } from '../../db/tickets';
import type { Department, Ticket } from '../../shared/contract/views';
import { ticketCodeFromRandom } from '../../shared/numbering/ticket-code';
import { formatTicketNumber } from '../../shared/numbering/ticket-number';
import { businessDay } from '../../shared/time/business-day';
import { DEFAULT_WARNING_SHARE } from '../../shared/visit/clocks';
import type { HandlerContext } from './handler';

export type NewTicketFields = Pick<
  Ticket,
  'language' | 'taskId' | 'note' | 'repeatOfTicketId' | 'transferredFromTicketId' | 'priorityNeed'
> &
  Pick<NewTicket, 'firstTicketId'>;

/**
 * Puts a new ticket in a department's queue: the day's next number, a fresh code, and the
 * charter's targets in force now, which the ticket keeps whatever the charter becomes.
 */
export function queueNewTicket(ctx: HandlerContext, department: Department, fields: NewTicketFields): Ticket {
  const charter = getCharter(ctx.db);
  const day = businessDay(ctx.now);
  const sequence = nextTicketSequence(ctx.db, department.id, day);
  return insertTicket(
    ctx.db,
    {
      ...fields,
      departmentId: department.id,
      businessDay: day,
      sequence,
      number: formatTicketNumber(department.prefix, sequence),
      issuedAt: ctx.now,
      attendTargetMs: charter?.attendTargetMs ?? null,
      guideTargetMs: charter?.guideTargetMs ?? null,
      warningShare: charter?.warningShare ?? DEFAULT_WARNING_SHARE,
    },
    // 10^8 codes: a code already taken is rare, and then another is drawn.
    () => ticketCodeFromRandom(ctx.randomBytes(4)),
  );
}
