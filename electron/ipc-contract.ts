import { z } from 'zod';

/** The one IPC channel the preload offers; its payload is validated in main like any input. */
export const PRINT_TICKET_CHANNEL = 'minwon:print-ticket';

export const printTicketRequest = z.strictObject({}).optional();

export type PrintTicketResult = { ok: true } | { ok: false; reason: string };

/** What the preload exposes on `window.minwonDesktop`. */
export type DesktopBridge = {
  readonly shell: 'electron';
  readonly version: string;
  /** Prints the page the kiosk shows (the ticket) silently on the configured roll printer. */
  printTicket(): Promise<PrintTicketResult>;
};
