import { join } from 'node:path';
import { app, BrowserWindow, ipcMain, session } from 'electron';
import { PRINT_TICKET_CHANNEL, printTicketRequest, type PrintTicketResult } from './ipc-contract';
import { isTrustedKioskSender } from './ipc-guard';
import { parseLaunchArgs, type LaunchArgs } from './launch-args';
import { ticketPrintOptions } from './print-options';
import { isBlockedKioskKey } from './kiosk-keys';
import { isAllowedNavigation } from './navigation-policy';
import { rolePath, windowOptions, windowRoles } from './window-options';

const preloadPath = join(__dirname, 'preload.cjs');
const rendererDir = join(__dirname, '..', 'renderer');

/**
 * Starts the hub inside this process. Only the packaged app does this: there electron-builder
 * has rebuilt better-sqlite3 for Electron. In development the module is built for Node, so
 * `npm start` runs the hub under Node and passes --hub-url.
 */
async function startEmbeddedHub(demo: boolean): Promise<string> {
  const { startHub } = await import('../server/start-hub');
  const running = await startHub({
    dataDir: join(app.getPath('userData'), 'data'),
    port: 0,
    demo,
    rendererDir,
  });
  app.on('will-quit', () => void running.close());
  return running.url;
}

function openWindow(role: (typeof windowRoles)[number], hubUrl: string): void {
  const win = new BrowserWindow(windowOptions(role, preloadPath));
  const contents = win.webContents;
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, hubUrl)) event.preventDefault();
  });
  if (role === 'kiosk') {
    contents.on('before-input-event', (event, input) => {
      if (isBlockedKioskKey(input)) event.preventDefault();
    });
  }
  // A crashed or hung screen comes back by itself: a kiosk must never show a dead page.
  contents.on('render-process-gone', () => contents.reload());
  win.on('unresponsive', () => contents.forcefullyCrashRenderer());
  win.once('ready-to-show', () => win.show());
  void win.loadURL(hubUrl + rolePath(role));
}

/** Silent ticket printing for the kiosk page, and for nothing else. */
function handlePrinting(hubUrl: string, args: LaunchArgs): void {
  ipcMain.handle(PRINT_TICKET_CHANNEL, (event, payload: unknown): Promise<PrintTicketResult> => {
    if (!isTrustedKioskSender(event.senderFrame, hubUrl) || !printTicketRequest.safeParse(payload).success) {
      return Promise.resolve({ ok: false, reason: 'refused' });
    }
    return new Promise((resolve) => {
      event.sender.print(ticketPrintOptions(args.paperWidthMm, args.printerName), (ok, reason) => {
        resolve(ok ? { ok: true } : { ok: false, reason });
      });
    });
  });
}

async function main(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.enableSandbox();
  await app.whenReady();
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  const args = parseLaunchArgs(process.argv);
  const hubUrl = args.hubUrl ?? (await startEmbeddedHub(args.demo || !app.isPackaged));
  handlePrinting(hubUrl, args);
  for (const role of windowRoles) openWindow(role, hubUrl);
  app.on('window-all-closed', () => app.quit());
}

void main();
