import { insertCompensation } from '../../db/compensations';
import { getCharter } from '../../db/settings';
import { getTicket, recordRepeatJudgement } from '../../db/tickets';
import { compensationForRepeatVisit } from '../../shared/compensation/repeat-visit';
import { HubError } from '../../shared/contract/errors';
import { isFinished } from '../../shared/visit/lifecycle';
import { staffIdOf, type Handler } from './handler';
import { requireDesk, requireEarlierVisit } from './rules';

/**
 * The desk's verdict on "I came before for this". Staff error creates the charter's
 * compensation, pending the manager's approval, and puts the visitor first in line.
 */
export const judgeRepeatVisit: Handler<'judgeRepeatVisit'> = (ctx, input) => {
  const desk = requireDesk(ctx.db, input.deskId);
  const found = getTicket(ctx.db, input.ticketId);
  if (!found) throw new HubError('ticket_not_found', `There is no ticket ${input.ticketId}.`);
  if (found.departmentId !== desk.departmentId) {
    throw new HubError('wrong_department', `Ticket ${found.number} is for another department.`);
  }
  if (isFinished(found.status)) {
    throw new HubError('illegal_transition', `Ticket ${found.number} is already ${found.status}.`);
  }
  if (found.repeatJudgement) {
    throw new HubError('already_judged', `The repeat visit of ticket ${found.number} is already judged.`);
  }
  const earlierId =
    found.repeatOfTicketId ??
    (input.earlierCode === undefined ? null : requireEarlierVisit(ctx.db, input.earlierCode, ctx.now).id);
  if (earlierId === null || earlierId === found.id) {
    throw new HubError('invalid_ticket_code', 'Give the code of the earlier ticket for the same matter.');
  }
  const ticket = recordRepeatJudgement(ctx.db, found.id, {
    earlierTicketId: earlierId,
    judgedAt: ctx.now,
    staffError: input.staffError,
    reason: input.reason,
  });
  const charter = getCharter(ctx.db);
  const terms = charter ? compensationForRepeatVisit(charter, input.staffError) : null;
  const compensation = terms
    ? insertCompensation(ctx.db, {
        ticketId: ticket.id,
        earlierTicketId: earlierId,
        kind: terms.kind,
        amountWon: terms.amountWon,
        basisKo: terms.basisKo,
        reason: input.reason,
        createdAt: ctx.now,
        createdBy: staffIdOf(ctx.actor),
      })
    : null;
  return { result: { ticket, compensation }, event: { type: 'repeatVisitJudged', ticket, compensation } };
};
