import { getCompensation, recordDecision, recordPayment } from '../../db/compensations';
import { setExportIncludesStaffNames } from '../../db/export-settings';
import { HubError } from '../../shared/contract/errors';
import type { Compensation } from '../../shared/contract/views';
import { staffIdOf, type Handler, type HandlerContext } from './handler';

function requireCompensation(ctx: HandlerContext, id: number, status: Compensation['status']): Compensation {
  const found = getCompensation(ctx.db, id);
  if (!found) throw new HubError('compensation_not_found', `There is no compensation ${id}.`);
  if (found.status !== status) {
    throw new HubError('illegal_transition', `Compensation ${id} is ${found.status}, not ${status}.`);
  }
  return found;
}

export const approveCompensation: Handler<'approveCompensation'> = (ctx, input) => {
  const found = requireCompensation(ctx, input.compensationId, 'pending');
  if (found.amountWon === null && input.amountWon === undefined) {
    throw new HubError('amount_required', `Set the amount: the charter leaves it to "${found.basisKo}".`);
  }
  const compensation = recordDecision(ctx.db, found.id, {
    status: 'approved',
    at: ctx.now,
    by: staffIdOf(ctx.actor),
    note: input.note ?? null,
    amountWon: input.amountWon ?? null,
  });
  return { result: { compensation }, event: { type: 'compensationDecided', compensation } };
};

export const rejectCompensation: Handler<'rejectCompensation'> = (ctx, input) => {
  const found = requireCompensation(ctx, input.compensationId, 'pending');
  const compensation = recordDecision(ctx.db, found.id, {
    status: 'rejected',
    at: ctx.now,
    by: staffIdOf(ctx.actor),
    note: input.reason,
    amountWon: null,
  });
  return { result: { compensation }, event: { type: 'compensationDecided', compensation } };
};

export const markCompensationPaid: Handler<'markCompensationPaid'> = (ctx, input) => {
  const found = requireCompensation(ctx, input.compensationId, 'approved');
  const compensation = recordPayment(ctx.db, found.id, {
    at: ctx.now,
    by: staffIdOf(ctx.actor),
    reference: input.reference,
  });
  return { result: { compensation }, event: { type: 'compensationPaid', compensation } };
};

export const setExportStaffNames: Handler<'setExportStaffNames'> = (ctx, input) => {
  setExportIncludesStaffNames(ctx.db, input.include);
  return {
    result: { include: input.include },
    event: { type: 'exportSettingsSet', includeStaffNames: input.include },
  };
};
