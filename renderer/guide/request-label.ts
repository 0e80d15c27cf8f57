import type { TFunction } from 'i18next';
import type { EscortRequest, Ticket } from '../../shared/contract/views';
import { displayTicketNumber } from '../../shared/numbering/ticket-number';

/** "A 001 동행 안내", or just the kind when the visitor asked before taking a ticket. */
export function requestLabel(t: TFunction, request: EscortRequest, ticket: Ticket | null): string {
  const kind = t(`guide.kind.${request.kind}`);
  return ticket ? `${displayTicketNumber(ticket.number)} ${kind}` : kind;
}
