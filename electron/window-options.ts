import type { BrowserWindowConstructorOptions } from 'electron';

export const windowRoles = ['kiosk', 'desk'] as const;
export type WindowRole = (typeof windowRoles)[number];

/** The screen each role's window opens on the hub. */
export function rolePath(role: WindowRole): string {
  return role === 'kiosk' ? '/kiosk' : '/desk';
}

/**
 * Every window runs hub pages as untrusted web content: no Node, an isolated and sandboxed
 * preload, and no way to turn those off from the page.
 */
export function windowOptions(role: WindowRole, preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: role === 'kiosk' ? 1080 : 1280,
    height: role === 'kiosk' ? 1920 : 800,
    show: false,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    title: role === 'kiosk' ? '민원 안내 키오스크' : '민원 창구',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}
