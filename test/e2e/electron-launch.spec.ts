import { resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { ELECTRON_MISSING_REASON, findElectronBinary } from '../../electron/electron-binary';
import { startTestHub, type TestHub } from '../support/test-hub';

const root = resolve(import.meta.dirname, '..', '..');
const binary = findElectronBinary(root);
if (binary === null) console.log(`Electron launch test skipped: ${ELECTRON_MISSING_REASON}.`);

test.describe('the Electron app', () => {
  // Runs wherever the binary is installed; on machines without internet access it cannot be.
  test.skip(binary === null, `skipped: ${ELECTRON_MISSING_REASON}`);

  let hub: TestHub;
  test.beforeEach(async () => {
    hub = await startTestHub();
  });
  test.afterEach(async () => {
    await hub.dispose();
  });

  test('opens a locked-down kiosk and a desk window on the hub', async () => {
    const app = await electron.launch({
      executablePath: binary!,
      args: [resolve(root, 'dist/electron/main.cjs'), `--hub-url=${hub.url}`],
    });
    const urls = await Promise.all([app.firstWindow(), app.waitForEvent('window')]).then((wins) =>
      wins.map((w) => new URL(w.url()).pathname).sort(),
    );
    expect(urls).toEqual(['/desk', '/kiosk']);
    const prefs = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((w) => {
        const p = w.webContents.getLastWebPreferences();
        return {
          contextIsolation: p?.contextIsolation,
          sandbox: p?.sandbox,
          nodeIntegration: p?.nodeIntegration,
        };
      }),
    );
    for (const p of prefs)
      expect(p).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    await app.close();
  });
});
