/**
 * What the Electron shell's preload exposes on `window.minwonDesktop`, typed once for both sides:
 * electron/preload.ts `satisfies` it and the kiosk page calls it.
 */
export type PrintTicketRequest = { heightMm: number };

export type PrintTicketResult = { ok: true } | { ok: false; reason: string };

export type DesktopBridge = {
  readonly shell: 'electron';
  readonly version: string;
  /**
   * Prints the page the kiosk shows (the ticket) silently on the configured roll printer, on a
   * page `heightMm` long (the ticket's own length; 200 mm when not given).
   */
  printTicket(request?: PrintTicketRequest): Promise<PrintTicketResult>;
};
