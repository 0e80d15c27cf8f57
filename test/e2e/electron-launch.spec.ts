import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { AppConfigInput } from '../../electron/app-config';
import {
  ELECTRON_MISSING_REASON,
  findElectronBinary,
  HUB_MODULE_MISMATCH_REASON,
  hubModuleLoadsInElectron,
} from '../../electron/electron-binary';
import { deskScreen, kioskScreen } from '../support/screens';
import { startTestHub, type TestHub } from '../support/test-hub';

const root = resolve(import.meta.dirname, '..', '..');
const main = resolve(root, 'dist/electron/main.cjs');
const rendererDir = resolve(root, 'dist/renderer');
const binary = findElectronBinary(root);
/** Why a launch test is skipped here, and what makes it run. */
const missingBinary =
  `skipped: ${ELECTRON_MISSING_REASON}. They run wherever the binary is installed: ` +
  'run `npx electron --version` once with internet access, then `npm test`';
const hubModuleMismatch =
  `skipped: ${HUB_MODULE_MISMATCH_REASON}. It runs once better-sqlite3 is rebuilt for Electron; ` +
  'rebuild it for Node (`npm rebuild better-sqlite3`) before the rest of `npm test`';
if (binary === null) console.log(`Electron launch tests ${missingBinary}.`);
const hubModuleLoads = binary !== null && hubModuleLoadsInElectron(binary, root);

/** A fresh user-data folder and config file per launch, so no test sees another's state. */
function tempInstallation(config: AppConfigInput | null) {
  const dir = mkdtempSync(join(tmpdir(), 'minwon-electron-'));
  const configFile = join(dir, 'minwon-config.json');
  if (config) writeFileSync(configFile, JSON.stringify(config));
  return {
    dir,
    args: [main, `--config=${configFile}`, `--user-data-dir=${join(dir, 'user-data')}`],
    dispose: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        done(typeof address === 'object' && address ? address.port : 0);
      });
    });
  });
}

/** Every window's page, once each has loaded its screen. */
async function windowsByPath(app: ElectronApplication, count: number): Promise<Map<string, Page>> {
  await expect.poll(() => app.windows().length).toBe(count);
  const pages = app.windows();
  await Promise.all(pages.map((page) => page.waitForLoadState('domcontentloaded')));
  return new Map(pages.map((page) => [new URL(page.url()).pathname, page]));
}

type AppliedPreferences = { contextIsolation?: boolean; sandbox?: boolean; nodeIntegration?: boolean };

/**
 * What Electron actually applied to each window, read in the main process. `getLastWebPreferences`
 * is undocumented (absent from electron.d.ts) but is what Electron's own tests read.
 */
function appliedWebPreferences(app: ElectronApplication) {
  return app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows().map((win) => {
      const contents = win.webContents as unknown as { getLastWebPreferences(): AppliedPreferences | null };
      const prefs = contents.getLastWebPreferences();
      return {
        contextIsolation: prefs?.contextIsolation,
        sandbox: prefs?.sandbox,
        nodeIntegration: prefs?.nodeIntegration,
      };
    }),
  );
}

test.describe('the Electron app', () => {
  // Runs wherever the binary is installed; on machines without internet access it cannot be.
  test.skip(binary === null, missingBinary);

  let hub: TestHub;
  test.beforeEach(async () => {
    hub = await startTestHub({ rendererDir });
  });
  test.afterEach(async () => {
    await hub.dispose();
  });

  test('opens a locked-down kiosk and a desk window on a hub named by --hub-url', async () => {
    const installation = tempInstallation(null);
    const app = await electron.launch({
      executablePath: binary!,
      args: [...installation.args, `--hub-url=${hub.url}`],
    });
    try {
      const windows = await windowsByPath(app, 2);
      expect([...windows.keys()].sort()).toEqual(['/desk', '/kiosk']);
      for (const page of windows.values()) {
        // With contextIsolation, sandbox and no nodeIntegration a page sees no Node at all,
        // only the preload's small bridge.
        const seen = await page.evaluate(() => ({
          require: typeof (globalThis as { require?: unknown }).require,
          process: typeof (globalThis as { process?: unknown }).process,
          bridge: (window as { minwonDesktop?: { shell: string } }).minwonDesktop?.shell,
        }));
        expect(seen).toEqual({ require: 'undefined', process: 'undefined', bridge: 'electron' });
      }
      expect(await appliedWebPreferences(app)).toEqual([
        { contextIsolation: true, sandbox: true, nodeIntegration: false },
        { contextIsolation: true, sandbox: true, nodeIntegration: false },
      ]);
      // No application menu: Alt reaches no Reload, Toggle Developer Tools or Quit.
      expect(await app.evaluate(({ Menu }) => Menu.getApplicationMenu() === null)).toBe(true);
    } finally {
      await app.close();
      installation.dispose();
    }
  });

  test('a kiosk ignores Ctrl+R and window.open', async () => {
    const installation = tempInstallation(null);
    const app = await electron.launch({
      executablePath: binary!,
      args: [...installation.args, `--hub-url=${hub.url}`],
    });
    try {
      const kiosk = (await windowsByPath(app, 2)).get('/kiosk')!;
      await kioskScreen(kiosk).departments.waitFor();
      // A reload would wipe this mark; a new window would add to the count.
      await kiosk.evaluate(() => Object.assign(window, { notReloaded: true }));
      await kiosk.keyboard.press('Control+R');
      await kiosk.keyboard.press('F5');
      const opened = await kiosk.evaluate(() => window.open('https://example.org/', '_blank') === null);
      await kiosk.waitForTimeout(500);
      expect(opened).toBe(true);
      expect(await kiosk.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(
        true,
      );
      expect(new URL(kiosk.url()).pathname).toBe('/kiosk');
      expect(app.windows()).toHaveLength(2);
    } finally {
      await app.close();
      installation.dispose();
    }
  });

  test('a locked kiosk cannot be closed by its page, only the kiosk prints, and a crash reloads the kiosk alone', async () => {
    const installation = tempInstallation(null);
    const app = await electron.launch({
      executablePath: binary!,
      args: [...installation.args, `--hub-url=${hub.url}`],
    });
    try {
      const windows = await windowsByPath(app, 2);
      const kiosk = windows.get('/kiosk')!;
      const desk = windows.get('/desk')!;
      await kioskScreen(kiosk).departments.waitFor();
      await desk.evaluate(() => Object.assign(window, { notReloaded: true }));

      // window.close() from the page, as Alt+F4 handled by Windows before the app would.
      await kiosk.evaluate(() => {
        window.close();
      });
      await kiosk.waitForTimeout(500);
      expect(app.windows()).toHaveLength(2);

      // A desk window may not print tickets, even one that navigates itself to /kiosk.
      expect(
        await desk.evaluate(() =>
          (
            window as unknown as { minwonDesktop: { printTicket(): Promise<unknown> } }
          ).minwonDesktop.printTicket(),
        ),
      ).toEqual({ ok: false, reason: 'refused' });

      await app.evaluate(({ webContents }) => {
        for (const contents of webContents.getAllWebContents()) {
          if (new URL(contents.getURL()).pathname === '/kiosk') contents.forcefullyCrashRenderer();
        }
      });
      const kioskUrls = () =>
        app.evaluate(({ BrowserWindow }) =>
          BrowserWindow.getAllWindows().map((win) => win.webContents.getURL()),
        );
      await expect
        .poll(async () => (await kioskUrls()).filter((url) => url.endsWith('/kiosk')))
        .toHaveLength(1);
      expect(await desk.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(
        true,
      );
    } finally {
      await app.close();
      installation.dispose();
    }
  });

  test('a client started before its hub waits on the connecting page, then opens its screen', async () => {
    await hub.dispose();
    const port = await freePort();
    const installation = tempInstallation({
      version: 1,
      mode: 'client',
      hubUrl: `http://127.0.0.1:${String(port)}`,
      windows: [{ role: 'kiosk', display: 0 }],
    });
    const app = await electron.launch({ executablePath: binary!, args: installation.args });
    try {
      const kiosk = await app.firstWindow();
      await expect.poll(() => kiosk.url()).toMatch(/^minwon-app:\/\/local\/connecting\.html\?/);
      await expect(kiosk.locator('#hub')).toHaveText(`http://127.0.0.1:${String(port)}`);
      await expect(kiosk.locator('#reason')).toContainText('허브 프로그램이 응답하지 않습니다');
      hub = await startTestHub({ rendererDir, port });
      // Asked again after 1, 2, 4 … s: the screen opens within seconds of the hub starting.
      await expect.poll(() => new URL(kiosk.url()).pathname, { timeout: 30_000 }).toBe('/kiosk');
      await kioskScreen(kiosk).departments.waitFor();
    } finally {
      await app.close();
      installation.dispose();
    }
  });

  test('a PC whose stored token cannot be opened here asks to pair again instead of failing', async () => {
    // Sealed by another PC's keyring (Chromium's v11 prefix): this one cannot open it.
    const foreign = Buffer.concat([Buffer.from('v11'), Buffer.alloc(32, 0x41)]).toString('base64');
    const installation = tempInstallation({
      version: 1,
      mode: 'client',
      hubUrl: hub.url,
      device: {
        id: 1,
        role: 'kiosk',
        name: '로비 키오스크',
        token: { encoding: 'safeStorage', value: foreign },
      },
      windows: [{ role: 'kiosk', display: 0 }],
    });
    const app = await electron.launch({ executablePath: binary!, args: installation.args });
    try {
      const setup = await app.firstWindow();
      await expect.poll(() => setup.url()).toBe('minwon-app://local/setup.html');
      await expect(setup.locator('#notice')).toBeVisible();
      await expect(setup.locator('[name="hubUrl"]')).toHaveValue(hub.url);
      await expect(setup.locator('[name="mode"][value="hub"]')).toBeHidden();
    } finally {
      await app.close();
      installation.dispose();
    }
  });

  test('a first run opens setup from the app’s own scheme, and main answers that page', async () => {
    const installation = tempInstallation(null);
    const app = await electron.launch({ executablePath: binary!, args: installation.args });
    try {
      const setup = await app.firstWindow();
      await expect.poll(() => setup.url()).toBe('minwon-app://local/setup.html');
      // The monitors come from main over IPC: the sender check accepted the page.
      await expect(setup.locator('[name="window.kiosk.display"] option')).not.toHaveCount(0);
      await expect(setup.locator('[name="mode"][value="hub"]')).toBeChecked();
    } finally {
      await app.close();
      installation.dispose();
    }
  });

  test('a paired client sends its device token to a LAN hub, which then serves it', async () => {
    await hub.dispose();
    hub = await startTestHub({ rendererDir, asLan: true });
    const { device } = await hub.pairDevice('kiosk');
    const installation = tempInstallation({
      version: 1,
      mode: 'client',
      hubUrl: hub.url,
      device: { id: 1, role: 'kiosk', name: '로비 키오스크', token: { encoding: 'plain', value: device } },
      windows: [{ role: 'kiosk', display: 0 }],
    });
    const app = await electron.launch({ executablePath: binary!, args: installation.args });
    try {
      const kiosk = (await windowsByPath(app, 1)).get('/kiosk')!;
      const screen = kioskScreen(kiosk);
      await screen.department(/종합민원실/).click();
      await expect(screen.ticketHeading).toBeVisible();
      // The token travels in a header the page never sees.
      expect(await kiosk.evaluate(() => document.cookie.includes('minwon'))).toBe(false);
    } finally {
      await app.close();
      installation.dispose();
    }
  });
});

test.describe('the Electron app as a hub', () => {
  test.skip(binary === null, missingBinary);
  test.skip(!hubModuleLoads, hubModuleMismatch);

  test('runs its own hub from a config file, with a kiosk ticket seen at the desk', async () => {
    const installation = tempInstallation(null);
    writeFileSync(
      join(installation.dir, 'minwon-config.json'),
      JSON.stringify({
        version: 1,
        mode: 'hub',
        hub: { port: await freePort(), lan: false, dataDir: join(installation.dir, 'data') },
        windows: [
          { role: 'kiosk', display: 0 },
          { role: 'desk', display: 0, deskId: 1 },
        ],
      } satisfies AppConfigInput),
    );
    const app = await electron.launch({ executablePath: binary!, args: [...installation.args, '--demo'] });
    try {
      const windows = await windowsByPath(app, 2);
      const kiosk = kioskScreen(windows.get('/kiosk')!);
      const desk = deskScreen(windows.get('/desk/1')!);
      for (const prefs of await appliedWebPreferences(app)) {
        expect(prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false });
      }
      await desk.signIn();
      await kiosk.department(/종합민원실/).click();
      await expect(kiosk.ticketHeading).toBeVisible();
      await expect(desk.waiting).toContainText('A 001');

      // The hub runs in a utility process of its own, logging in the user-data folder.
      const log = join(installation.dir, 'user-data', 'logs', 'hub.log');
      const hubProcess = (
        await app.evaluate(({ app: electronApp }) =>
          electronApp
            .getAppMetrics()
            .map((metric) => ({ type: metric.type, name: metric.name, pid: metric.pid })),
        )
      ).find((metric) => metric.type === 'Utility' && metric.name === 'minwon-hub');
      expect(hubProcess).toBeDefined();
      expect(readFileSync(log, 'utf8')).toContain('hub ready at');

      // Killed, it is started again; the screens carry on with the same database.
      process.kill(hubProcess!.pid, 'SIGKILL');
      await expect
        .poll(() => readFileSync(log, 'utf8').split('hub ready at').length - 1, { timeout: 30_000 })
        .toBe(2);
      await kiosk.done.click();
      await kiosk.department(/종합민원실/).click();
      await expect(kiosk.ticketHeading).toBeVisible();
      await expect(desk.waiting).toContainText('A 002');
    } finally {
      await app.close();
      installation.dispose();
    }
  });
});
