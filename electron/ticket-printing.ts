import type { PrintTicketResult } from '../shared/contract/desktop-bridge';
import { printTicketRequest } from './ipc-contract';
import { isTrustedKioskSender } from './ipc-guard';
import type { createPrintGuard } from './print-guard';

export type PrintRequest<Sender> = { sender: Sender; senderFrame: { url: string; parent: unknown } | null };

/**
 * Answers the kiosk page's `printTicket`: only the kiosk window's own main frame showing the hub's
 * kiosk page may print (a desk window that navigates itself to /kiosk may not), with no payload,
 * one at a time and within the guard's rate.
 */
export function createTicketPrinting<Sender>(deps: {
  hubUrl: string;
  isKioskWindow: (sender: Sender) => boolean;
  guard: ReturnType<typeof createPrintGuard>;
  print: (sender: Sender) => Promise<PrintTicketResult>;
}) {
  return async (request: PrintRequest<Sender>, payload: unknown): Promise<PrintTicketResult> => {
    if (
      !deps.isKioskWindow(request.sender) ||
      !isTrustedKioskSender(request.senderFrame, deps.hubUrl) ||
      !printTicketRequest.safeParse(payload).success
    ) {
      return { ok: false, reason: 'refused' };
    }
    const verdict = deps.guard.begin();
    if (verdict !== 'ok') return { ok: false, reason: verdict };
    try {
      return await deps.print(request.sender);
    } finally {
      deps.guard.finish();
    }
  };
}
