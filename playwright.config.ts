import { existsSync } from 'node:fs';
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

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/',
  reporter: 'list',
  workers: 2,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
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
