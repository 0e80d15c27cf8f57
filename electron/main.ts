import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, safeStorage, screen, session } from 'electron';
import { CONFIG_FILE_NAME, readAppConfig, type AppConfig, type PrinterSettings } from './app-config';
import { createCrashPolicy } from './crash-policy';
import { openToken } from './device-token';
import { placeWindows, type Placement } from './display-layout';
import type { HubConnection } from './hub-client';
import { DEVICE_HEADER, hubRequestFilter, withDeviceHeader } from './hub-request';
import { PRINT_TICKET_CHANNEL, printTicketRequest, type PrintTicketResult } from './ipc-contract';
import { isTrustedKioskSender } from './ipc-guard';
import { staffGesture } from './kiosk-keys';
import { createKioskLock } from './kiosk-lock';
import { parseLaunchArgs, type LaunchArgs } from './launch-args';
import { isAllowedNavigation } from './navigation-policy';
import { openPinDialog } from './pin-dialog';
import { ticketPrintOptions } from './print-options';
import { planRun } from './run-plan';
import { openSetupWindow, type SetupContext } from './setup-window';
import { rolePath, windowOptions } from './window-options';

const preloadPath = join(__dirname, 'preload.cjs');
const rendererDir = join(__dirname, '..', 'renderer');

/**
 * Starts the hub inside this process (a `hub` installation). better-sqlite3 must be built for
 * Electron's ABI, which electron-builder does for the packaged app; in development `npm start`
 * runs the hub under Node and passes --hub-url instead.
 */
async function startEmbeddedHub(options: { port: number; lan: boolean; dataDir: string; demo: boolean }) {
  const { startHub } = await import('../server/start-hub');
  const running = await startHub({ ...options, rendererDir });
  app.on('will-quit', () => void running.close());
  return running.url;
}

function hubDataDir(config: AppConfig & { mode: 'hub' }): string {
  return config.hub.dataDir ?? join(app.getPath('userData'), 'data');
}

/**
 * Every request the windows make to the hub, fetch and the WebSocket upgrade alike, carries this
 * device's token; the pages never see it, so a script on them cannot copy it.
 */
function injectDeviceToken(hubUrl: string, token: string): void {
  session.defaultSession.webRequest.onBeforeSendHeaders(hubRequestFilter(hubUrl), (details, callback) => {
    callback({ requestHeaders: withDeviceHeader(details.url, details.requestHeaders, hubUrl, token) });
  });
}

/** Silent ticket printing for the kiosk page, and for nothing else. */
function handlePrinting(hubUrl: string, printer: PrinterSettings): void {
  ipcMain.handle(PRINT_TICKET_CHANNEL, (event, payload: unknown): Promise<PrintTicketResult> => {
    const request = printTicketRequest.safeParse(payload);
    if (!isTrustedKioskSender(event.senderFrame, hubUrl) || !request.success) {
      return Promise.resolve({ ok: false, reason: 'refused' });
    }
    const options = ticketPrintOptions(printer.paperWidthMm, printer.name, request.data?.heightMm);
    return new Promise((resolve) => {
      event.sender.print(options, (ok, reason) => {
        resolve(ok ? { ok: true } : { ok: false, reason });
      });
    });
  });
}

function relaunch(why: string): void {
  console.error(`Restarting the app: ${why}`);
  app.relaunch();
  app.exit(0);
}

async function run(config: AppConfig, args: LaunchArgs, configPath: string): Promise<void> {
  const hubUrl =
    config.mode === 'hub'
      ? await startEmbeddedHub({ ...config.hub, dataDir: hubDataDir(config), demo: args.demo })
      : config.hubUrl;
  const token =
    config.mode === 'client' && config.device ? openToken(config.device.token, safeStorage) : null;
  if (token !== null) injectDeviceToken(hubUrl, token);
  // Main's own calls (the manager PIN check) go through Node's fetch, outside the session.
  const hub: HubConnection = { hubUrl, fetch, headers: token === null ? {} : { [DEVICE_HEADER]: token } };
  handlePrinting(hubUrl, config.printer);

  const lock = createKioskLock(Date.now);
  let kioskWindow: BrowserWindow | null = null;
  let pinDialog: BrowserWindow | null = null;
  let setupWindow: BrowserWindow | null = null;
  let relockTimer: NodeJS.Timeout | undefined;

  const relock = (): void => {
    lock.lockNow();
    kioskWindow?.setKiosk(true);
    kioskWindow?.focus();
  };
  const openSetup = (): void => {
    if (setupWindow) {
      setupWindow.focus();
      return;
    }
    const context: SetupContext = {
      configPath,
      current: config,
      managerVerified: true,
      runningHubUrl: config.mode === 'hub' ? hubUrl : null,
      startLocalHub: (options) =>
        startEmbeddedHub({ ...options, dataDir: join(app.getPath('userData'), 'data'), demo: false }),
    };
    setupWindow = openSetupWindow(context);
    setupWindow.on('closed', () => {
      setupWindow = null;
    });
  };
  const askPin = (parent: BrowserWindow, then: 'unlock' | 'setup'): void => {
    if (pinDialog) {
      pinDialog.focus();
      return;
    }
    pinDialog = openPinDialog({
      parent,
      hub,
      onAccepted: () => {
        lock.pinAccepted();
        kioskWindow?.setKiosk(false);
        clearTimeout(relockTimer);
        relockTimer = setTimeout(relock, lock.msUntilRelock() ?? 0);
        if (then === 'setup') openSetup();
      },
      onClosed: () => {
        pinDialog = null;
        lock.cancel();
      },
    });
  };
  const onGesture = (win: BrowserWindow, gesture: 'unlock' | 'setup'): void => {
    if (lock.isUnlocked()) {
      if (gesture === 'setup') openSetup();
      return;
    }
    if (lock.requestUnlock()) askPin(win, gesture);
  };

  const placements = placeWindows(config.windows, screen.getAllDisplays(), screen.getPrimaryDisplay().id);
  for (const placement of placements) {
    if (placement.fallback) console.warn(placement.fallback);
    const win = openHubWindow(placement, hubUrl, config.printer, {
      blocks: (input) => placement.kiosk && lock.blocks(input),
      onGesture: (gesture) => {
        onGesture(win, gesture);
      },
    });
    if (placement.kiosk) kioskWindow = win;
  }
}

function openHubWindow(
  placement: Placement,
  hubUrl: string,
  printer: PrinterSettings,
  keys: { blocks: (input: Electron.Input) => boolean; onGesture: (gesture: 'unlock' | 'setup') => void },
): BrowserWindow {
  const { role, deskId } = placement.spec;
  const win = new BrowserWindow(windowOptions(role, preloadPath, placement));
  const contents = win.webContents;
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, hubUrl)) event.preventDefault();
  });
  contents.on('before-input-event', (event, input) => {
    const gesture = staffGesture(input);
    if (gesture) {
      event.preventDefault();
      keys.onGesture(gesture);
    } else if (keys.blocks(input)) {
      event.preventDefault();
    }
  });
  // A crashed or hung screen comes back by itself; one that keeps crashing restarts the app.
  const crashes = createCrashPolicy({ now: Date.now });
  contents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    if (crashes.onCrash() === 'relaunch') relaunch(`the ${role} screen keeps crashing (${details.reason})`);
    else contents.reload();
  });
  win.on('unresponsive', () => {
    contents.forcefullyCrashRenderer();
  });
  win.once('ready-to-show', () => {
    win.show();
  });
  void win.loadURL(
    hubUrl + rolePath(role, { ...(deskId ? { deskId } : {}), paperWidthMm: printer.paperWidthMm }),
  );
  return win;
}

async function main(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.enableSandbox();
  await app.whenReady();
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false);
  });
  session.defaultSession.setPermissionCheckHandler(() => false);
  // No window, hub page or local page, may open another or embed a webview.
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-attach-webview', (event) => {
      event.preventDefault();
    });
  });
  app.on('window-all-closed', () => {
    app.quit();
  });

  let args: LaunchArgs;
  let configPath: string;
  let plan: ReturnType<typeof planRun>;
  try {
    args = parseLaunchArgs(process.argv);
    configPath = args.configPath ?? join(app.getPath('userData'), CONFIG_FILE_NAME);
    plan = planRun(readAppConfig(configPath), args);
  } catch (error) {
    // A wrong config is shown, never replaced by a fresh setup that would start a second hub.
    dialog.showErrorBox('민원실 번호표: 설정을 읽을 수 없습니다', (error as Error).message);
    app.exit(1);
    return;
  }
  if (plan.kind === 'setup') {
    const demo = args.demo;
    openSetupWindow({
      configPath,
      current: null,
      managerVerified: false,
      runningHubUrl: null,
      startLocalHub: (options) =>
        startEmbeddedHub({ ...options, dataDir: join(app.getPath('userData'), 'data'), demo }),
    });
    return;
  }
  try {
    await run(plan.config, args, configPath);
  } catch (error) {
    // Most often the hub's port is taken, or its database cannot be opened: say so, not a blank screen.
    dialog.showErrorBox('민원실 번호표: 시작할 수 없습니다', (error as Error).message);
    app.exit(1);
  }
}

void main();
