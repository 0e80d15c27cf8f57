import { describe, expect, it } from 'vitest';
import { localPageOptions, rolePath, windowOptions, windowRoles } from './window-options';

const covering = { bounds: { x: 1920, y: 0, width: 1080, height: 1920 }, fullScreen: true, kiosk: true };

describe('window options', () => {
  const hardened = {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    preload: '/app/preload.cjs',
  };

  it.each(windowRoles)('locks down the %s window, without developer tools when installed', (role) => {
    expect(windowOptions(role, '/app/preload.cjs', covering, false).webPreferences).toEqual(
      expect.objectContaining({ ...hardened, devTools: false }),
    );
  });

  it('locks down the setup and PIN pages the same way', () => {
    expect(
      localPageOptions('설정', '/app/preload.cjs', { width: 800, height: 600 }, false).webPreferences,
    ).toEqual(expect.objectContaining({ ...hardened, devTools: false }));
  });

  it('keeps developer tools for a developer’s unpackaged run', () => {
    expect(windowOptions('desk', 'p', covering, true).webPreferences?.devTools).toBe(true);
  });

  it('puts the window where its placement says, full-screen and in kiosk mode when asked', () => {
    expect(windowOptions('kiosk', 'p', covering, false)).toMatchObject({
      x: 1920,
      y: 0,
      width: 1080,
      height: 1920,
      fullscreen: true,
      kiosk: true,
    });
  });

  it('opens each role on its screen, a desk at its number and a 58 mm kiosk with its paper', () => {
    expect(rolePath('kiosk')).toBe('/kiosk');
    expect(rolePath('kiosk', { paperWidthMm: 58 })).toBe('/kiosk?paper=58');
    expect(rolePath('desk')).toBe('/desk');
    expect(rolePath('desk', { deskId: 3 })).toBe('/desk/3');
    expect(rolePath('display')).toBe('/display');
    expect(rolePath('manager')).toBe('/manager');
    expect(rolePath('guide')).toBe('/guide');
  });
});
