import { ticketCodeExists } from '../../db/tickets';
import { ticketCodeFromRandom } from '../../shared/numbering/ticket-code';
import type { HandlerContext } from './handler';

/** 10^8 codes: a collision is rare, and the UNIQUE index would refuse one anyway. */
export function uniqueTicketCode(ctx: HandlerContext): string {
  for (;;) {
    const code = ticketCodeFromRandom(ctx.randomBytes(4));
    if (!ticketCodeExists(ctx.db, code)) return code;
  }
}
