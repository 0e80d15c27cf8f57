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

  it('refuses a print request with a payload', () => {
    expect(printTicketRequest.safeParse(undefined).success).toBe(true);
    expect(printTicketRequest.safeParse({ printer: '\\\\evil\\share' }).success).toBe(false);
  });
});

describe('local page sender checks', () => {
  const setup = 'minwon-app://local/setup.html';

  it('accepts that very page in a main frame, whatever its hash, query or host case', () => {
    expect(isLocalPageSender({ url: setup, parent: null }, 'setup')).toBe(true);
    expect(isLocalPageSender({ url: `${setup}#printer`, parent: null }, 'setup')).toBe(true);
    expect(isLocalPageSender({ url: 'minwon-app://LOCAL/setup.html?lang=en', parent: null }, 'setup')).toBe(
      true,
    );
  });

  it('does not depend on where the app is installed, so a Windows path cannot make it refuse', () => {
    // With file:// the sender's address held the install path, and a drive letter's case or an
    // escaped space decided whether setup could run at all. Under the scheme it holds neither.
    for (const url of [
      'file:///C:/Program%20Files/%EB%AF%BC%EC%9B%90/resources/app.asar/dist/electron/local-pages/setup.html',
      'file:///c:/Program Files/민원/resources/app.asar/dist/electron/local-pages/setup.html',
    ]) {
      expect(isLocalPageSender({ url, parent: null }, 'setup')).toBe(false);
    }
  });

  it('refuses the hub’s pages, another local page, subframes and a missing frame', () => {
    expect(isLocalPageSender({ url: `${hub}/kiosk`, parent: null }, 'setup')).toBe(false);
    expect(isLocalPageSender({ url: `${hub}/setup.html`, parent: null }, 'setup')).toBe(false);
    expect(isLocalPageSender({ url: 'minwon-app://local/pin.html', parent: null }, 'setup')).toBe(false);
    expect(isLocalPageSender({ url: 'minwon-app://local/connecting.html', parent: null }, 'pin')).toBe(false);
    expect(isLocalPageSender({ url: setup, parent: {} }, 'setup')).toBe(false);
    expect(isLocalPageSender(null, 'setup')).toBe(false);
  });
});
