import { describe, expect, it } from 'vitest';
import type { PrintTicketResult } from '../shared/contract/desktop-bridge';
import { createPrintGuard } from './print-guard';
import { createTicketPrinting } from './ticket-printing';

const hubUrl = 'http://127.0.0.1:4310';
const kioskFrame = { url: `${hubUrl}/kiosk`, parent: null };

function printing() {
  const kiosk = { name: 'kiosk window' };
  const desk = { name: 'desk window' };
  const printed: string[] = [];
  let answer: (result: PrintTicketResult) => void = () => undefined;
  const handle = createTicketPrinting<{ name: string }>({
    hubUrl,
    isKioskWindow: (sender) => sender === kiosk,
    guard: createPrintGuard({ now: () => 0 }),
    print: (sender) => {
      printed.push(sender.name);
      return new Promise((resolve) => {
        answer = resolve;
      });
    },
  });
  return { kiosk, desk, printed, handle, answer: (result: PrintTicketResult) => answer(result) };
}

describe('printing a ticket', () => {
  it('prints for the kiosk window’s kiosk page', async () => {
    const { kiosk, printed, handle, answer } = printing();
    const result = handle({ sender: kiosk, senderFrame: kioskFrame }, undefined);
    answer({ ok: true });
    expect(await result).toEqual({ ok: true });
    expect(printed).toEqual(['kiosk window']);
  });

  it('refuses a desk window that navigated itself to the kiosk page', async () => {
    const { desk, printed, handle } = printing();
    expect(await handle({ sender: desk, senderFrame: kioskFrame }, undefined)).toEqual({
      ok: false,
      reason: 'refused',
    });
    expect(printed).toEqual([]);
  });

  it('refuses the kiosk window on another page, in a subframe, or with a payload', async () => {
    const { kiosk, printed, handle } = printing();
    const refused = { ok: false, reason: 'refused' };
    expect(
      await handle({ sender: kiosk, senderFrame: { url: `${hubUrl}/desk`, parent: null } }, undefined),
    ).toEqual(refused);
    expect(await handle({ sender: kiosk, senderFrame: { ...kioskFrame, parent: {} } }, undefined)).toEqual(
      refused,
    );
    expect(await handle({ sender: kiosk, senderFrame: kioskFrame }, { copies: 500 })).toEqual(refused);
    expect(printed).toEqual([]);
  });

  it('says busy while a ticket is printing, and prints again once it is done, even after a failure', async () => {
    const { kiosk, handle, answer, printed } = printing();
    const first = handle({ sender: kiosk, senderFrame: kioskFrame }, undefined);
    expect(await handle({ sender: kiosk, senderFrame: kioskFrame }, undefined)).toEqual({
      ok: false,
      reason: 'busy',
    });
    answer({ ok: false, reason: 'Printer is out of paper' });
    expect(await first).toEqual({ ok: false, reason: 'Printer is out of paper' });
    const second = handle({ sender: kiosk, senderFrame: kioskFrame }, undefined);
    answer({ ok: true });
    expect(await second).toEqual({ ok: true });
    expect(printed).toHaveLength(2);
  });
});
