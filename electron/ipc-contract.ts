import { z } from 'zod';

export type { DesktopBridge, PrintTicketResult } from '../shared/contract/desktop-bridge';

/** The one IPC channel the hub pages' preload offers; its payload is validated in main like any input. */
export const PRINT_TICKET_CHANNEL = 'minwon:print-ticket';

export const printTicketRequest = z.strictObject({}).optional();
