import { describe, expect, it } from 'vitest';
import { rolePath, windowOptions, windowRoles } from './window-options';

describe('window options', () => {
  it.each(windowRoles)('locks down the %s window', (role) => {
    const prefs = windowOptions(role, '/app/preload.cjs').webPreferences!;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/preload.cjs',
    });
  });

  it('opens the kiosk portrait on /kiosk and the desk on /desk', () => {
    expect(rolePath('kiosk')).toBe('/kiosk');
    expect(rolePath('desk')).toBe('/desk');
    const kiosk = windowOptions('kiosk', 'p');
    expect(kiosk.height!).toBeGreaterThan(kiosk.width!);
  });
});
