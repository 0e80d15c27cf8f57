import {
  getEscortRequest,
  insertEscortRequest,
  markEscortAccepted,
  markEscortDelivered,
} from '../../db/escorts';
import { getTicket } from '../../db/tickets';
import { HubError } from '../../shared/contract/errors';
import type { EscortRequest } from '../../shared/contract/views';
import { businessDay } from '../../shared/time/business-day';
import { staffIdOf, type Handler, type HandlerContext } from './handler';

export const requestEscort: Handler<'requestEscort'> = (ctx, input) => {
  const ticket = input.ticketId === undefined ? null : getTicket(ctx.db, input.ticketId);
  if (input.ticketId !== undefined && !ticket) {
    throw new HubError('ticket_not_found', `There is no ticket ${input.ticketId}.`);
  }
  const request = insertEscortRequest(ctx.db, {
    priorityNeed: input.priorityNeed ?? ticket?.priorityNeed ?? null,
    kind: input.kind,
    reason: input.reason,
    ticketId: input.ticketId ?? null,
    language: input.language,
    requestedAt: ctx.now,
    businessDay: businessDay(ctx.now),
  });
  return { result: { request }, event: { type: 'escortRequested', request } };
};

function requireRequest(ctx: HandlerContext, id: number, status: EscortRequest['status']): EscortRequest {
  const request = getEscortRequest(ctx.db, id);
  if (!request) throw new HubError('escort_not_found', `There is no escort request ${id}.`);
  if (request.status !== status) {
    throw new HubError('illegal_transition', `Escort request ${id} is ${request.status}.`);
  }
  return request;
}

export const acceptEscort: Handler<'acceptEscort'> = (ctx, input) => {
  requireRequest(ctx, input.requestId, 'requested');
  const request = markEscortAccepted(ctx.db, input.requestId, staffIdOf(ctx.actor), ctx.now);
  return { result: { request }, event: { type: 'escortAccepted', request } };
};

export const deliverEscort: Handler<'deliverEscort'> = (ctx, input) => {
  requireRequest(ctx, input.requestId, 'accepted');
  const request = markEscortDelivered(ctx.db, input.requestId, ctx.now);
  return { result: { request }, event: { type: 'escortDelivered', request } };
};
