import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';

// Where Playwright cannot download its own browser (CI, offline machines), Debian's Chromium
// does the job; it needs no sandbox in a container and must not reach out to the network.
const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const systemChromium = existsSync(DEBIAN_CHROMIUM)
  ? {
      executablePath: DEBIAN_CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    }
  : undefined;

// Each test drives a hub in its worker and two or three Chromium pages, which keep about two cores
// busy. On a 2-core machine a second worker did not finish the suite sooner (8 m 49 s against
// 8 m 40 s for one worker, measured 2026-12-01) but doubled every action's latency, which pushed
// the longest tests past their limit; so one worker per two cores.
const WORKERS = Math.max(1, Math.floor(availableParallelism() / 2));

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/',
  reporter: 'list',
  workers: WORKERS,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // The longest ordinary test takes about 20 s on a 2-core machine; three times that is margin
  // for a busier machine, not room for a test that waits on real time.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    headless: true,
    viewport: { width: 1280, height: 900 },
    locale: 'ko-KR',
    timezoneId: 'Asia/Seoul',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    ...(systemChromium ? { launchOptions: systemChromium } : {}),
  },
});
