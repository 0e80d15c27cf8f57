import { z } from 'zod';

export type { DesktopBridge, PrintTicketRequest, PrintTicketResult } from '../shared/contract/desktop-bridge';

/** The one IPC channel the hub pages' preload offers; its payload is validated in main like any input. */
export const PRINT_TICKET_CHANNEL = 'minwon:print-ticket';

const MIN_TICKET_MM = 20;
const MAX_TICKET_MM = 400;

/** The ticket's length on paper; a roll printer feeds whatever the page asks, so it is bounded. */
export const printTicketRequest = z
  .strictObject({ heightMm: z.number().min(MIN_TICKET_MM).max(MAX_TICKET_MM) })
  .optional();
