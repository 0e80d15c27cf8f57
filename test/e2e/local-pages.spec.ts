import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { SetupInfo, SetupResult } from '../../electron/local-page-channels';

// The desktop app's own pages (setup, connecting), as built, served here over loopback HTTP with
// a stand-in for their preload: the same files the app serves under its own scheme.
const pagesDir = resolve(import.meta.dirname, '..', '..', 'dist', 'electron', 'local-pages');
const shots = resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots');
const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

let server: Server;
let origin: string;
test.beforeAll(async () => {
  server = createServer((request, response) => {
    const name = new URL(request.url ?? '/', 'http://x').pathname.slice(1);
    readFile(resolve(pagesDir, name)).then(
      (body) => response.writeHead(200, { 'content-type': types[extname(name)] ?? 'text/plain' }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  origin = `http://127.0.0.1:${String(typeof address === 'object' && address ? address.port : 0)}`;
});
test.afterAll(() => {
  server.close();
});

/** Everything the element shows lies inside the window: nobody has to scroll a kiosk to read it. */
async function expectInView(page: Page, selector: string): Promise<void> {
  const box = await page.locator(selector).boundingBox();
  const viewport = page.viewportSize()!;
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
  expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
}

const now = Date.parse('2026-12-01T00:10:00Z');

for (const [screen, viewport] of [
  ['kiosk', { width: 1080, height: 1920 }],
  ['display', { width: 1920, height: 1080 }],
  ['kiosk-square', { width: 1280, height: 1024 }],
] as const) {
  test(`the connecting page says where and why it waits, in Korean and English, on a ${screen} screen`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.clock.install({ time: now });
    const query = new URLSearchParams({
      hub: 'http://192.168.0.10:4310',
      reason: 'ECONNREFUSED',
      detail: 'connect ECONNREFUSED 192.168.0.10:4310',
      since: String(now - 3.5 * 60_000),
    });
    await page.goto(`${origin}/connecting.html?${query.toString()}`);
    await expect(page.getByRole('heading', { name: '허브에 연결하는 중입니다' })).toBeVisible();
    await expect(page.getByText('Connecting to the hub', { exact: true })).toBeVisible();
    await expect(page.locator('#hub')).toHaveText('http://192.168.0.10:4310');
    await expect(page.locator('#reason')).toContainText('허브 프로그램이 응답하지 않습니다');
    await expect(page.locator('#reason-en')).toContainText('its hub program does not answer');
    await expect(page.locator('#detail')).toHaveText('ECONNREFUSED — connect ECONNREFUSED 192.168.0.10:4310');
    await expect(page.locator('#waiting')).toHaveText('3분 · 3 min');
    await expectInView(page, 'main');
    // The waiting time goes on by itself.
    await page.clock.runFor(60_000);
    await expect(page.locator('#waiting')).toHaveText('4분 · 4 min');
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: resolve(shots, `electron-connecting-${screen}.png`) });
  });
}

test('the connecting page explains a hub on this PC that did not start', async ({ page }) => {
  const query = new URLSearchParams({
    hub: 'http://127.0.0.1:4310',
    reason: 'hub_not_started',
    detail: 'SQLITE_CANTOPEN: unable to open database file',
  });
  await page.goto(`${origin}/connecting.html?${query.toString()}`);
  await expect(page.locator('#reason')).toContainText('이 PC의 허브가 시작되지 않았습니다');
  await expect(page.locator('#detail')).toContainText('SQLITE_CANTOPEN: unable to open database file');
  await expect(page.locator('#waiting')).toHaveText('1분 미만 · under a minute');
});

const setupInfo: SetupInfo = {
  managerVerified: false,
  displays: [{ index: 0, label: '1. Monitor (1920×1080) ★' }],
  printers: [{ name: 'BIXOLON SRP-330II', displayName: 'BIXOLON SRP-330II' }],
  current: {
    mode: 'hub',
    windows: [{ role: 'kiosk', display: 0 }],
    printer: { name: null, paperWidthMm: 80 },
    port: 4310,
    lan: false,
    hubUrl: '',
  },
  pairedHubUrl: null,
  tokenStorage: 'safeStorage',
  pairingOnly: false,
};

/** Stands in for the setup page's preload: `info` as given, and `finish` answering `result`. */
async function setupBridge(page: Page, info: SetupInfo, result: SetupResult): Promise<void> {
  await page.addInitScript(
    ([given, answer]) => {
      Object.assign(window, {
        minwonSetup: { info: () => Promise.resolve(given), finish: () => Promise.resolve(answer) },
      });
    },
    [info, result] as const,
  );
}

test('setup says why the hub did not start, in the system’s words, beside the port', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const detail = 'listen EADDRINUSE: address already in use 127.0.0.1:4310';
  await setupBridge(page, setupInfo, { ok: false, error: 'port_in_use', field: 'port', detail });
  await page.goto(`${origin}/setup.html`);
  await page.locator('[name="manager.login"]').fill('boss');
  await page.locator('[name="manager.name"]').fill('이관리');
  await page.locator('[name="manager.pin"]').fill('2468');
  await page.locator('[name="manager.pinAgain"]').fill('2468');
  await page.getByRole('button', { name: '저장하고 시작' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: '다른 프로그램이 이 포트를 쓰고 있습니다' }),
  ).toBeVisible();
  await expect(page.locator('#detail')).toHaveText(detail);
  await expect(page.locator('[name="port"]')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('[name="port"]')).toBeFocused();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('#status')).toHaveText(
    'Another program uses this port. Choose another port (e.g. 4311) or close that program.',
  );
  await page.locator('#detail').scrollIntoViewIfNeeded();
  await page.screenshot({ path: resolve(shots, 'electron-setup-port-in-use.png') });
});

test('a PC whose stored pairing cannot be opened here is asked to pair again, and told the token is kept plain', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 1024 });
  await setupBridge(
    page,
    {
      ...setupInfo,
      current: { ...setupInfo.current, mode: 'client', hubUrl: 'http://192.168.0.10:4310' },
      tokenStorage: 'plain',
      pairingOnly: true,
    },
    { ok: false, error: 'pairing_code_wrong', field: 'pairingCode' },
  );
  await page.goto(`${origin}/setup.html`);
  await expect(page.locator('#notice')).toBeVisible();
  await expect(page.locator('#notice')).toContainText('이 PC에 저장된 허브 연결 정보를 열 수 없습니다');
  await expectInView(page, '#notice');
  // Pairing again is all that is offered: no hub of its own on a PC that was a client.
  await expect(page.locator('[name="mode"][value="hub"]')).toBeHidden();
  await expect(page.locator('[name="hubUrl"]')).toHaveValue('http://192.168.0.10:4310');
  await expect(page.locator('[name="pairingCode"]')).toBeVisible();
  await expect(page.locator('#token-plain')).toBeVisible();
  await expect(page.locator('#token-plain')).toContainText('암호화되지 않은 채 저장됩니다');
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: resolve(shots, 'electron-setup-pair-again.png'), fullPage: true });
});

test('a PC with an OS keychain is not told its token is kept plain', async ({ page }) => {
  await setupBridge(
    page,
    { ...setupInfo, current: { ...setupInfo.current, mode: 'client' } },
    { ok: false, error: 'failed', field: null },
  );
  await page.goto(`${origin}/setup.html`);
  await expect(page.locator('[name="pairingCode"]')).toBeVisible();
  await expect(page.locator('#token-plain')).toBeHidden();
  await expect(page.locator('#notice')).toBeHidden();
  await expect(page.locator('[name="mode"][value="hub"]')).toBeVisible();
});
