import { describe, expect, it } from 'vitest';
import { printTicketRequest } from './ipc-contract';
import { isLocalPageSender, isTrustedKioskSender } from './ipc-guard';

const hub = 'http://127.0.0.1:4310';

describe('IPC sender checks', () => {
  it('accepts the kiosk page of the hub in a main frame', () => {
    expect(isTrustedKioskSender({ url: `${hub}/kiosk`, parent: null }, hub)).toBe(true);
  });

  it('refuses a foreign origin, a subframe, another screen and a missing frame', () => {
    expect(isTrustedKioskSender({ url: 'http://evil.example/kiosk', parent: null }, hub)).toBe(false);
    expect(isTrustedKioskSender({ url: `${hub}/kiosk`, parent: {} }, hub)).toBe(false);
    expect(isTrustedKioskSender({ url: `${hub}/desk/1`, parent: null }, hub)).toBe(false);
    expect(isTrustedKioskSender(null, hub)).toBe(false);
  });

  it('takes a print request with the ticket’s length only, and a length a roll can give', () => {
    expect(printTicketRequest.safeParse(undefined).success).toBe(true);
    expect(printTicketRequest.safeParse({ heightMm: 84 }).success).toBe(true);
    expect(printTicketRequest.safeParse({ printer: '\\\\evil\\share' }).success).toBe(false);
    expect(printTicketRequest.safeParse({ heightMm: 84, printer: 'x' }).success).toBe(false);
    for (const heightMm of [0, -5, 5000, Number.NaN, Number.POSITIVE_INFINITY, '84']) {
      expect(printTicketRequest.safeParse({ heightMm }).success, String(heightMm)).toBe(false);
    }
  });
});

describe('local page sender checks', () => {
  const page = 'file:///opt/minwon/resources/app.asar/dist/electron/local-pages/setup.html';

  it('accepts that very file in a main frame, whatever its hash', () => {
    expect(isLocalPageSender({ url: page, parent: null }, page)).toBe(true);
    expect(isLocalPageSender({ url: `${page}#printer`, parent: null }, page)).toBe(true);
  });

  it('refuses the hub’s pages, other files, subframes and a missing frame', () => {
    expect(isLocalPageSender({ url: `${hub}/kiosk`, parent: null }, page)).toBe(false);
    expect(isLocalPageSender({ url: page.replace('setup.html', 'pin.html'), parent: null }, page)).toBe(
      false,
    );
    expect(isLocalPageSender({ url: page, parent: {} }, page)).toBe(false);
    expect(isLocalPageSender(null, page)).toBe(false);
  });
});
