import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test as base } from '@playwright/test';
import type { Hub } from '../../server/hub/hub';
import { startHub } from '../../server/start-hub';
import { createFakeClock, type FakeClock } from './fake-clock';
import { hashPinOnce } from './hash-pin-once';

export type HubFixture = {
  hub: Hub;
  /** The hub's base URL; it serves the built screens too. */
  url: string;
  /** The hub's clock: time at the hub moves only when the test says so. */
  clock: FakeClock;
};

const rendererDir = resolve(import.meta.dirname, '..', '..', 'dist', 'renderer');

/**
 * A real hub per test, in this process: a fresh SQLite file, the demo office and a fake clock,
 * serving the built screens (run `npx vite build` or `npm run build` first). Pages get the hub
 * as their baseURL, so `page.goto('/kiosk')` opens the hub's kiosk.
 */
export const test = base.extend<{ running: HubFixture; hub: Hub; hubUrl: string; hubClock: FakeClock }>({
  // Playwright reads a fixture's dependencies from its first parameter, which must be a pattern.
  // eslint-disable-next-line no-empty-pattern
  running: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'minwon-e2e-'));
    const clock = createFakeClock();
    const started = await startHub({
      dataDir,
      port: 0,
      demo: true,
      clock,
      rendererDir,
      hashPin: hashPinOnce,
    });
    try {
      await use({ hub: started.hub, url: started.url, clock });
    } finally {
      await started.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
  hub: async ({ running }, use) => {
    await use(running.hub);
  },
  hubUrl: async ({ running }, use) => {
    await use(running.url);
  },
  hubClock: async ({ running }, use) => {
    await use(running.clock);
  },
  baseURL: async ({ running }, use) => {
    await use(running.url);
  },
  // A screen that logs an error (a CSP refusal, an exception) fails its test, even when what
  // the test looked at was right. A refused or aborted request is logged too; those are the
  // tests' own doing and are checked on screen instead.
  page: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        errors.push(message.text());
      }
    });
    await use(page);
    expect(errors, 'errors logged by the page').toEqual([]);
  },
});

export { expect } from '@playwright/test';
