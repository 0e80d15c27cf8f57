import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  app,
  dialog,
  ipcMain,
  Menu,
  powerSaveBlocker,
  protocol,
  screen,
  session,
  type BrowserWindow,
} from 'electron';
import { CONFIG_FILE_NAME, readAppConfig, type AppConfig } from './app-config';
import { PRINT_TICKET_CHANNEL, type PrintTicketResult } from './desktop-channels';
import { openToken } from './device-token';
import { placeWindows } from './display-layout';
import { createEmbeddedHub, embeddedHubDown, type EmbeddedHub } from './embedded-hub';
import type { HubConnection } from './hub-client';
import { DEVICE_HEADER, hubRequestFilter, withDeviceHeader } from './hub-request';
import type { StaffGesture } from './kiosk-keys';
import { createKioskLock, type WindowKey } from './kiosk-lock';
import { parseLaunchArgs, type LaunchArgs } from './launch-args';
import { LOCAL_SCHEME, localFileFor, localSchemePrivileges } from './local-scheme';
import { openPinDialog } from './pin-dialog';
import { createPrintGuard } from './print-guard';
import { ticketPrintOptions } from './print-options';
import { relaunchOptions } from './relaunch';
import { planRun } from './run-plan';
import { openScreenWindow } from './screen-window';
import { openSetupWindow, systemTokenCipher } from './setup-window';
import { createTicketPrinting } from './ticket-printing';
import { keepsScreenAwake } from './unattended-windows';

const preloadPath = join(__dirname, 'preload.cjs');
const rendererDir = join(__dirname, '..', 'renderer');
const localPagesDir = join(__dirname, 'local-pages');

// Before `ready`: the app's own pages are served under a scheme of their own, never file://.
protocol.registerSchemesAsPrivileged([{ scheme: LOCAL_SCHEME, privileges: localSchemePrivileges }]);

/** Developer tools only in a developer's unpackaged run (`--remote-debugging-port` reaches them). */
const devTools = !app.isPackaged;

/** The app is quitting (a manager quit it, the system shuts down, the session ends): windows may close. */
let quitting = false;
/** The hub this process supervises, closed before the app exits or restarts. */
let embeddedHub: EmbeddedHub | null = null;

function startEmbeddedHub(options: {
  port: number;
  lan: boolean;
  dataDir: string;
  demo: boolean;
}): EmbeddedHub {
  const hub = createEmbeddedHub({ ...options, rendererDir }, join(app.getPath('userData'), 'logs'));
  embeddedHub = hub;
  return hub;
}

/** Closes the hub (its database, its upkeep) before the process ends: `app.exit` skips will-quit. */
async function exitApp(code: number): Promise<never> {
  quitting = true;
  await embeddedHub?.stop();
  app.exit(code);
  return new Promise<never>(() => undefined);
}

function restartApp(why: string): void {
  console.log(`Restarting the app: ${why}`);
  app.relaunch(relaunchOptions(process.env, process.argv, process.platform));
  void exitApp(0);
}

function hubDataDir(config: AppConfig & { mode: 'hub' }): string {
  return config.hub.dataDir ?? join(app.getPath('userData'), 'data');
}

/** Screens on this PC reach their own hub over loopback, however it serves the LAN. */
function loopbackHubUrl(port: number): string {
  return `http://127.0.0.1:${String(port)}`;
}

function serveLocalPages(): void {
  protocol.handle(LOCAL_SCHEME, async (request) => {
    const file = request.method === 'GET' ? localFileFor(request.url, localPagesDir) : null;
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(await readFile(file.path), {
      headers: {
        'content-type': file.contentType,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
      },
    });
  });
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

function openFirstRunSetup(configPath: string, demo: boolean): void {
  openSetupWindow({
    configPath,
    current: null,
    managerVerified: false,
    pairingOnly: false,
    runningHubUrl: null,
    startLocalHub: async (options) => {
      const hub = startEmbeddedHub({ ...options, dataDir: join(app.getPath('userData'), 'data'), demo });
      try {
        return await hub.start();
      } catch (error) {
        // A hub that did not start is not left retrying in the background while setup asks again.
        await hub.stop();
        embeddedHub = null;
        throw error;
      }
    },
    restart: () => {
      restartApp('setup was saved');
    },
    devTools,
  });
}

async function run(config: AppConfig, args: LaunchArgs, configPath: string): Promise<void> {
  let hubUrl: string;
  let token: string | null = null;
  let localHub: EmbeddedHub | null = null;
  if (config.mode === 'hub') {
    hubUrl = loopbackHubUrl(config.hub.port);
    const hub = startEmbeddedHub({ ...config.hub, dataDir: hubDataDir(config), demo: args.demo });
    localHub = hub;
    // Windows open once the first start is decided (or after a few seconds), so a hub that starts
    // shows no connecting page; one that did not start is retried while the windows say why.
    await Promise.race([
      hub.start().catch(() => undefined),
      new Promise((resolve) => setTimeout(resolve, 5_000)),
    ]);
  } else {
    hubUrl = config.hubUrl;
    const opened = config.device ? openToken(config.device.token, systemTokenCipher()) : null;
    if (opened && !opened.ok) {
      console.error(`The stored device token cannot be opened here: ${opened.reason}`);
      openSetupWindow({
        configPath,
        current: config,
        managerVerified: false,
        pairingOnly: true,
        runningHubUrl: null,
        startLocalHub: () => Promise.reject(new Error('pairing only')),
        restart: () => {
          restartApp('paired again');
        },
        devTools,
      });
      return;
    }
    token = opened?.token ?? null;
  }
  if (token !== null) injectDeviceToken(hubUrl, token);
  // Main's own calls (the PIN check, the connection probe) go through Node's fetch, outside the session.
  const hub: HubConnection = { hubUrl, fetch, headers: token === null ? {} : { [DEVICE_HEADER]: token } };

  const lock = createKioskLock(Date.now);
  const windows = new Map<WindowKey, BrowserWindow>();
  const kioskKey = 'kiosk';
  let pinDialog: BrowserWindow | null = null;
  let setupWindow: BrowserWindow | null = null;
  let relockTimer: NodeJS.Timeout | undefined;

  const printing = createTicketPrinting<Electron.WebContents>({
    hubUrl,
    isKioskWindow: (sender) => windows.get(kioskKey)?.webContents === sender,
    guard: createPrintGuard({ now: Date.now }),
    print: (sender) =>
      new Promise<PrintTicketResult>((resolve) => {
        sender.print(ticketPrintOptions(config.printer.paperWidthMm, config.printer.name), (ok, reason) => {
          resolve(ok ? { ok: true } : { ok: false, reason });
        });
      }),
  });
  ipcMain.handle(PRINT_TICKET_CHANNEL, (event, payload: unknown) => printing(event, payload));

  const relock = (): void => {
    lock.lockNow();
    const kiosk = windows.get(kioskKey);
    kiosk?.setKiosk(true);
    kiosk?.focus();
  };
  const openSetup = (): void => {
    if (setupWindow) {
      setupWindow.focus();
      return;
    }
    setupWindow = openSetupWindow({
      configPath,
      current: config,
      managerVerified: true,
      pairingOnly: false,
      runningHubUrl: config.mode === 'hub' ? hubUrl : null,
      startLocalHub: () => Promise.resolve(hubUrl),
      restart: () => {
        restartApp('setup was saved');
      },
      devTools,
    });
    setupWindow.on('closed', () => {
      setupWindow = null;
    });
  };
  const askPin = (from: WindowKey, then: StaffGesture): void => {
    if (pinDialog) {
      pinDialog.focus();
      return;
    }
    pinDialog = openPinDialog({
      parent: windows.get(from) ?? null,
      hub,
      devTools,
      onAccepted: () => {
        const accepted = lock.pinAccepted();
        if (!accepted) return;
        // Only a PIN typed at the kiosk takes the kiosk out of kiosk mode.
        if (accepted.from === kioskKey) windows.get(kioskKey)?.setKiosk(false);
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
  const onGesture = (from: WindowKey, gesture: StaffGesture): void => {
    if (lock.isUnlocked()) {
      if (gesture === 'setup') openSetup();
      return;
    }
    if (lock.requestUnlock(from)) askPin(from, gesture);
  };

  const placements = placeWindows(config.windows, screen.getAllDisplays(), screen.getPrimaryDisplay().id);
  if (keepsScreenAwake(placements.map((placement) => placement.spec.role))) {
    powerSaveBlocker.start('prevent-display-sleep');
  }
  const open = (placement: (typeof placements)[number], key: WindowKey): void => {
    if (placement.fallback) console.warn(placement.fallback);
    const win = openScreenWindow({
      placement,
      key,
      hub,
      printer: config.printer,
      preloadPath,
      devTools,
      lock,
      quitting: () => quitting,
      localHubFailure: localHub ? () => embeddedHubDown(localHub) : null,
      onGesture: (gesture) => {
        onGesture(key, gesture);
      },
      onReopen: () => {
        console.warn(`The ${placement.spec.role} window closed while locked; opening it again`);
        open(placement, key);
      },
    });
    windows.set(key, win);
    // A window let go (a manager closed the unlocked kiosk) is forgotten; a reopened one replaced it already.
    win.on('closed', () => {
      if (windows.get(key) === win) windows.delete(key);
    });
  };
  placements.forEach((placement, index) => {
    open(placement, placement.kiosk ? kioskKey : `${placement.spec.role}-${String(index)}`);
  });
}

async function main(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.enableSandbox();
  // No menu in any window: Alt would reach Reload, Toggle Developer Tools and Quit.
  Menu.setApplicationMenu(null);
  await app.whenReady();
  serveLocalPages();
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
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('will-quit', (event) => {
    if (!embeddedHub) return;
    event.preventDefault();
    void exitApp(0);
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
    openFirstRunSetup(configPath, args.demo);
    return;
  }
  await run(plan.config, args, configPath);
}

main().catch((error: unknown) => {
  dialog.showErrorBox('민원실 번호표: 시작할 수 없습니다', (error as Error).message);
  void exitApp(1);
});
