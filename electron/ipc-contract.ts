import { z } from 'zod';

const MIN_TICKET_MM = 20;
const MAX_TICKET_MM = 400;

/**
 * `printTicket`'s payload, validated in main like any input: the ticket's length on paper, bounded
 * because a roll printer feeds whatever the page asks; none gives the fallback length.
 */
export const printTicketRequest = z
  .strictObject({ heightMm: z.number().min(MIN_TICKET_MM).max(MAX_TICKET_MM) })
  .optional();
export type PrintTicketRequest = z.infer<typeof printTicketRequest>;
