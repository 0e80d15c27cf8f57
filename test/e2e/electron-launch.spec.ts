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
    const windows = await Promise.all([app.firstWindow(), app.waitForEvent('window')]);
    expect(windows.map((w) => new URL(w.url()).pathname).sort()).toEqual(['/desk', '/kiosk']);
    for (const page of windows) {
      // With contextIsolation, sandbox and no nodeIntegration a page sees no Node at all,
      // only the preload's small bridge.
      const seen = await page.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        bridge: (globalThis as { minwonDesktop?: { shell: string } }).minwonDesktop?.shell,
      }));
      expect(seen).toEqual({ require: 'undefined', process: 'undefined', bridge: 'electron' });
    }
    await app.close();
  });
});
