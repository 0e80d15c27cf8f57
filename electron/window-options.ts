import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import type { PaperWidthMm } from './print-options';

export const windowRoles = ['kiosk', 'desk', 'display', 'manager', 'guide'] as const;
export type WindowRole = (typeof windowRoles)[number];

export type Rect = { x: number; y: number; width: number; height: number };

/** Where a window goes and how it covers its monitor (see display-layout.ts). */
export type WindowPlacement = { bounds: Rect; fullScreen: boolean; kiosk: boolean };

const titles: Record<WindowRole, string> = {
  kiosk: '민원 안내 키오스크',
  desk: '민원 창구',
  display: '대기 안내 화면',
  manager: '민원실 관리',
  guide: '안내 데스크',
};

/**
 * The screen each role's window opens on the hub. The kiosk names a 58 mm printer in its URL,
 * since the ticket's print layout is chosen by the page.
 */
export function rolePath(
  role: WindowRole,
  options: { deskId?: number; paperWidthMm?: PaperWidthMm } = {},
): string {
  if (role === 'kiosk') return options.paperWidthMm === 58 ? '/kiosk?paper=58' : '/kiosk';
  if (role === 'desk' && options.deskId !== undefined) return `/desk/${String(options.deskId)}`;
  return `/${role}`;
}

/**
 * Every window, the hub's pages and the app's own setup and PIN pages alike, runs as untrusted
 * web content: no Node, an isolated and sandboxed preload, and no way to turn those off from the
 * page. Developer tools are off in the installed app, for every role: at a desk they would show the
 * device token to anyone at the keyboard, at the kiosk a way out.
 */
export function hardenedWebPreferences(preloadPath: string, devTools: boolean): WebPreferences {
  return {
    preload: preloadPath,
    devTools,
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
  };
}

export function windowOptions(
  role: WindowRole,
  preloadPath: string,
  placement: WindowPlacement,
  devTools: boolean,
): BrowserWindowConstructorOptions {
  return {
    ...placement.bounds,
    fullscreen: placement.fullScreen,
    kiosk: placement.kiosk,
    show: false,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    title: titles[role],
    webPreferences: hardenedWebPreferences(preloadPath, devTools),
  };
}

/** The app's own small pages (setup, manager PIN): a plain dialog-sized window. */
export function localPageOptions(
  title: string,
  preloadPath: string,
  size: { width: number; height: number },
  devTools: boolean,
): BrowserWindowConstructorOptions {
  return {
    ...size,
    show: false,
    resizable: true,
    minimizable: false,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    title,
    webPreferences: hardenedWebPreferences(preloadPath, devTools),
  };
}
