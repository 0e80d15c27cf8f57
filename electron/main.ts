import { join } from 'node:path';
import { app, BrowserWindow, session } from 'electron';
import { parseLaunchArgs } from './launch-args';
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
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, hubUrl)) event.preventDefault();
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(hubUrl + rolePath(role));
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
  for (const role of windowRoles) openWindow(role, hubUrl);
  app.on('window-all-closed', () => app.quit());
}

void main();
