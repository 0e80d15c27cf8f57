import { getDepartment } from '../../db/departments';
import { getCharter } from '../../db/settings';
import { insertTicket, markFinished, nextTicketSequence } from '../../db/tickets';
import { HubError } from '../../shared/contract/errors';
import { formatTicketNumber } from '../../shared/numbering/ticket-number';
import { businessDay } from '../../shared/time/business-day';
import { DEFAULT_WARNING_SHARE } from '../../shared/visit/clocks';
import type { Handler } from './handler';
import { uniqueTicketCode } from './ticket-code';
import { requireDesk, requireTicketAtDesk, requireTransition } from './rules';

/**
 * Finishes the visit here and issues a ticket in the other department that carries the note,
 * so the visitor never has to explain again (a promise of every seed charter).
 */
export const transferTicket: Handler<'transferTicket'> = (ctx, input) => {
  const desk = requireDesk(ctx.db, input.deskId);
  const found = requireTicketAtDesk(ctx.db, desk, input.ticketId);
  requireTransition(found, 'transfer');
  const target = getDepartment(ctx.db, input.toDepartmentId);
  if (!target) throw new HubError('department_not_found', `There is no department ${input.toDepartmentId}.`);
  if (target.id === desk.departmentId) {
    throw new HubError('wrong_department', 'A transfer goes to another department.');
  }
  const ticket = markFinished(ctx.db, found.id, 'transferred', ctx.now, input.note);
  const charter = getCharter(ctx.db);
  const day = businessDay(ctx.now);
  const sequence = nextTicketSequence(ctx.db, target.id, day);
  const transferredTo = insertTicket(ctx.db, {
    departmentId: target.id,
    businessDay: day,
    sequence,
    number: formatTicketNumber(target.prefix, sequence),
    code: uniqueTicketCode(ctx),
    language: found.language,
    taskId: null,
    issuedAt: ctx.now,
    attendTargetMs: charter?.attendTargetMs ?? null,
    guideTargetMs: charter?.guideTargetMs ?? null,
    warningShare: charter?.warningShare ?? DEFAULT_WARNING_SHARE,
    note: input.note,
    repeatOfTicketId: found.repeatOfTicketId,
    transferredFromTicketId: found.id,
  });
  return { result: { ticket, transferredTo }, event: { type: 'ticketTransferred', ticket, transferredTo } };
};
