export type { DesktopBridge, PrintTicketResult } from '../shared/contract/desktop-bridge';

/**
 * The one IPC channel the hub pages' preload offers. A name and types only: the preload imports
 * this module, and whatever it imports is bundled into every page's preload (ipc-contract.ts, with
 * its schema, once pulled all of zod in).
 */
export const PRINT_TICKET_CHANNEL = 'minwon:print-ticket';
