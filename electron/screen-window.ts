import { BrowserWindow } from 'electron';
import type { PrinterSettings } from './app-config';
import { createCrashPolicy } from './crash-policy';
import type { Placement } from './display-layout';
import type { HubConnection } from './hub-client';
import { probeHub, type DownReason } from './hub-probe';
import { staffGesture, type StaffGesture } from './kiosk-keys';
import type { KioskLock, WindowKey } from './kiosk-lock';
import { localPageUrl } from './local-scheme';
import { isAllowedNavigation } from './navigation-policy';
import { systemTimers } from './retry-schedule';
import { createScreenConnection } from './screen-connection';
import { afterClosed, isUnattended, mayClose } from './unattended-windows';
import { rolePath, windowOptions } from './window-options';

/** Chromium's ERR_ABORTED: a load replaced by the next one, not a failure. */
const LOAD_ABORTED = -3;

export type ScreenWindowOptions = {
  placement: Placement;
  /** Tells this window apart for the lock (the PIN typed here releases this window only). */
  key: WindowKey;
  hub: HubConnection;
  printer: PrinterSettings;
  preloadPath: string;
  devTools: boolean;
  lock: KioskLock;
  quitting: () => boolean;
  /** Why this PC's own hub is down; null for a client, or while it runs. */
  localHubFailure: (() => DownReason | null) | null;
  onGesture: (gesture: StaffGesture) => void;
  /** The window closed although it should not have: open it again. */
  onReopen: () => void;
};

/**
 * A window showing one role's screen of the hub: the connecting page until the hub answers (and
 * again whenever a load fails or the screen crashes, reloading this window only), the hub's pages
 * only, the staff shortcuts, and for a kiosk or wall display no way to close it while locked.
 */
export function openScreenWindow(options: ScreenWindowOptions): BrowserWindow {
  const { placement, hub, key, lock } = options;
  const { role, deskId } = placement.spec;
  const win = new BrowserWindow(windowOptions(role, options.preloadPath, placement, options.devTools));
  const contents = win.webContents;
  const screenUrl =
    hub.hubUrl +
    rolePath(role, { ...(deskId ? { deskId } : {}), paperWidthMm: options.printer.paperWidthMm });
  const waitingSince = String(Date.now());
  // A failed load rejects loadURL as well; did-fail-load is where it is handled.
  const load = (url: string): void => {
    if (!win.isDestroyed()) win.loadURL(url).catch(() => undefined);
  };
  const connection = createScreenConnection({
    probe: () => probeHub(hub),
    timers: systemTimers,
    ...(options.localHubFailure ? { localHubFailure: options.localHubFailure } : {}),
    view: {
      connecting: (reason) => {
        load(
          localPageUrl('connecting', {
            hub: hub.hubUrl,
            reason: reason.code,
            detail: reason.detail ?? '',
            since: waitingSince,
          }),
        );
      },
      screen: () => {
        load(screenUrl);
      },
    },
  });
  const failures = createCrashPolicy({ now: Date.now });

  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, hub.hubUrl)) event.preventDefault();
  });
  contents.on('before-input-event', (event, input) => {
    const gesture = staffGesture(input);
    if (gesture) {
      event.preventDefault();
      options.onGesture(gesture);
    } else if (isUnattended(role) && lock.blocks(input, key)) {
      event.preventDefault();
    }
  });
  contents.on('did-fail-load', (_event, errorCode, errorDescription, validatedUrl, isMainFrame) => {
    if (!isMainFrame || errorCode === LOAD_ABORTED || !isAllowedNavigation(validatedUrl, hub.hubUrl)) return;
    connection.connect({ code: errorDescription, detail: validatedUrl }, failures.onCrash());
  });
  contents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    connection.connect({ code: 'screen_crashed', detail: details.reason }, failures.onCrash());
  });
  win.on('unresponsive', () => {
    contents.forcefullyCrashRenderer();
  });

  const closing = () => ({ role, released: lock.isReleased(key), quitting: options.quitting() });
  win.on('close', (event) => {
    if (!mayClose(closing())) event.preventDefault();
  });
  win.on('closed', () => {
    connection.dispose();
    if (afterClosed(closing()) === 'reopen') options.onReopen();
  });

  win.once('ready-to-show', () => {
    win.show();
  });
  // A screen whose first page never paints (a hub that accepts and never answers) still covers its monitor.
  setTimeout(() => {
    if (!win.isDestroyed() && !win.isVisible()) win.show();
  }, 5_000);
  connection.connect();
  return win;
}
