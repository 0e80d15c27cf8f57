import { resolve } from 'node:path';
import { expect, test as base, type Browser, type Page } from '@playwright/test';
import { demoStaff } from '../../server/demo/inje-office';
import { DEVICE_COOKIE } from '../../shared/contract/devices';
import { kioskScreen } from '../support/screens';
import { startTestHub, type TestHub } from '../support/test-hub';

const rendererDir = resolve(import.meta.dirname, '..', '..', 'dist', 'renderer');
const shots = resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots');
const manager = demoStaff.find((s) => s.role === 'manager')!;

const shoot = async (page: Page, name: string) => {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: resolve(shots, `${name}.png`), fullPage: true });
};

/**
 * A browser on the hub's page, failing its test on an exception or a logged error. Refused
 * requests and WebSocket connections are logged too; on a LAN hub those are what pairing is
 * about, and are checked on screen instead.
 */
async function openPage(browser: Browser, hub: TestHub, cookie?: string) {
  const context = await browser.newContext({ baseURL: hub.url });
  if (cookie !== undefined) await context.addCookies([{ name: DEVICE_COOKIE, value: cookie, url: hub.url }]);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && !/^Failed to load resource|^WebSocket connection/.test(text)) {
      errors.push(text);
    }
  });
  return { page, errors, close: () => context.close() };
}

const test = base.extend<{ lanHub: TestHub; newHub: TestHub }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  lanHub: async ({}, use) => {
    // 192.0.2.0/24 is reserved for documentation: an address that reaches nothing.
    const hub = await startTestHub({ asLan: true, rendererDir, hubAddresses: ['192.0.2.10'] });
    try {
      await use(hub);
    } finally {
      await hub.dispose();
    }
  },
  // eslint-disable-next-line no-empty-pattern -- as above
  newHub: async ({}, use) => {
    const hub = await startTestHub({ demo: false, rendererDir });
    try {
      await use(hub);
    } finally {
      await hub.dispose();
    }
  },
});

test.use({ viewport: { width: 1280, height: 1024 } });

function pairingScreen(page: Page) {
  const keypad = page.getByRole('group', { name: '숫자 키패드' });
  return {
    heading: page.getByRole('heading', { name: '이 PC를 허브에 연결해 주세요' }),
    /** Types the code on the touch keypad, as on a kiosk without a keyboard. */
    type: async (code: string) => {
      await keypad.getByRole('button', { name: '모두 지우기' }).click();
      for (const digit of code) await keypad.getByRole('button', { name: digit, exact: true }).click();
    },
    submit: page.getByRole('button', { name: '연결하기' }),
    done: page.getByRole('heading', { name: '연결되었습니다' }),
  };
}

test('a manager pairs a kiosk from the 기기 panel, the kiosk takes tickets, and revoking cuts it off', async ({
  browser,
  lanHub,
}) => {
  const kiosk = await openPage(browser, lanHub);
  const pairing = pairingScreen(kiosk.page);
  await kiosk.page.goto('/kiosk');
  await expect(pairing.heading).toBeVisible();
  await expect(kiosk.page.getByText('관리자 화면의 [기기] 메뉴를 엽니다.')).toBeVisible();

  await pairing.type('000000');
  await pairing.submit.click();
  await expect(kiosk.page.getByRole('alert')).toContainText('코드가 맞지 않습니다');

  // The manager works at a staff PC that is already paired, and signs in on the manager screen.
  const { device: staffPc } = await lanHub.pairDevice('staff');
  const office = await openPage(browser, lanHub, staffPc);
  await office.page.goto('/manager/devices');
  const signIn = office.page.getByRole('region', { name: '관리자 로그인' });
  await signIn.getByRole('textbox', { name: '직원 아이디' }).fill(manager.login);
  await signIn.getByLabel('PIN').fill(manager.pin);
  await signIn.getByRole('button', { name: '로그인' }).click();
  await expect(office.page.getByRole('heading', { level: 1, name: '기기 연결' })).toBeVisible();

  await office.page.getByRole('radio', { name: /^키오스크/ }).check();
  await office.page.getByRole('textbox', { name: 'PC 이름' }).fill('1층 로비 키오스크');
  await office.page.getByRole('button', { name: '연결 코드 만들기' }).click();
  const codeCard = office.page.getByRole('region', { name: '연결 코드' });
  const code = (await codeCard.getByRole('status', { name: '연결 코드' }).textContent())!.trim();
  expect(code).toMatch(/^\d{6}$/);
  await expect(codeCard).toContainText('1층 로비 키오스크');
  await expect(codeCard).toContainText(/남은 시간 (10:00|9:\d\d)/);
  // The test's browser reaches the hub on loopback, an address no other PC could use, so the
  // panel names the hub's LAN address instead.
  await expect(codeCard).toContainText(`http://192.0.2.10:${new URL(lanHub.url).port}/pair`);
  await shoot(office.page, 'devices-panel-code');

  await pairing.type(code);
  await shoot(kiosk.page, 'pairing-screen');
  await pairing.submit.click();
  await expect(pairing.done).toBeVisible();
  await expect(kiosk.page.getByRole('definition')).toHaveText(['1층 로비 키오스크', '키오스크']);
  await shoot(kiosk.page, 'pairing-done');

  await expect(codeCard).toContainText('연결되었습니다: 1층 로비 키오스크');
  const row = office.page.getByRole('row', { name: /1층 로비 키오스크/ });
  await expect(row).toContainText('사용 중');

  await kiosk.page.getByRole('button', { name: '번호표 발급기 화면으로' }).click();
  await expect(kiosk.page).toHaveURL(/\/kiosk$/);
  const screen = kioskScreen(kiosk.page);
  await screen.department(/종합민원실/).click();
  await expect(screen.ticketHeading).toBeVisible();
  await screen.done.click();

  await row.getByRole('button', { name: '「1층 로비 키오스크」 연결 끊기' }).click();
  await office.page
    .getByRole('group', { name: '연결 끊기' })
    .getByRole('button', { name: '연결 끊기' })
    .click();
  await expect(row).toContainText('연결 끊음');
  await shoot(office.page, 'devices-panel-revoked');

  await screen.department(/종합민원실/).click();
  await expect(pairing.heading).toBeVisible();
  await expect(screen.ticketHeading).toHaveCount(0);

  expect(kiosk.errors, 'errors logged by the kiosk').toEqual([]);
  expect(office.errors, 'errors logged by the manager screen').toEqual([]);
  await kiosk.close();
  await office.close();
});

test('on an unpaired PC a manager signs in from the pairing screen and sees a PC pair live', async ({
  browser,
  lanHub,
}) => {
  const { page, errors, close } = await openPage(browser, lanHub);
  await page.goto('/manager');
  await expect(pairingScreen(page).heading).toBeVisible();
  await page.getByText('관리자이신가요?').click();
  const signIn = page.getByRole('region', { name: '관리자 로그인' });
  await signIn.getByRole('textbox', { name: '직원 아이디' }).fill(manager.login);
  await signIn.getByLabel('PIN').fill(manager.pin);
  await signIn.getByRole('button', { name: '로그인' }).click();
  await expect(page).toHaveURL(/\/manager\/devices$/);
  await expect(page.getByRole('heading', { level: 1, name: '기기 연결' })).toBeVisible();
  await expect(page.getByText('아직 연결된 PC가 없습니다.')).toBeVisible();

  // This PC has no device token: only the sign-in lets it follow the hub's events.
  await page.getByRole('radio', { name: /^키오스크/ }).check();
  await page.getByRole('textbox', { name: 'PC 이름' }).fill('2층 키오스크');
  await page.getByRole('button', { name: '연결 코드 만들기' }).click();
  const codeCard = page.getByRole('region', { name: '연결 코드' });
  const code = (await codeCard.getByRole('status', { name: '연결 코드' }).textContent())!.trim();
  const paired = await fetch(`${lanHub.url}/api/v1/devices/pair`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  expect(paired.status).toBe(200);
  await expect(codeCard).toContainText('연결되었습니다: 2층 키오스크');
  await expect(page.getByRole('row', { name: /2층 키오스크/ })).toContainText('사용 중');
  expect(errors, 'errors logged by the page').toEqual([]);
  await close();
});

test('a new office creates its first manager on the hub PC and lands signed in', async ({
  browser,
  newHub,
}) => {
  const { page, errors, close } = await openPage(browser, newHub);
  await page.goto('/');
  await page.getByRole('link', { name: '처음 설정 시작하기' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '처음 설정' })).toBeVisible();
  const form = page.getByRole('region', { name: '관리자 계정 만들기' });
  await expect(form).toBeVisible();
  await expect(page.getByRole('region', { name: '관리자 로그인' })).toHaveCount(0);

  await form.getByRole('textbox', { name: '관리자 아이디' }).fill('manager.kim');
  await form.getByRole('textbox', { name: '이름' }).fill('김민원');
  await form.getByLabel('PIN', { exact: true }).fill('24680');
  await form.getByLabel('PIN 확인').fill('24681');
  await expect(form.getByRole('alert')).toHaveText('두 PIN이 다릅니다. 다시 입력해 주세요.');
  await shoot(page, 'first-run');

  await form.getByLabel('PIN 확인').fill('24680');
  await expect(form.getByRole('alert')).toHaveCount(0);
  await form.getByRole('button', { name: '관리자 계정 만들기' }).click();

  await expect(page.getByRole('link', { name: '기기' })).toBeVisible();
  await expect(page.getByText('김민원 님')).toBeVisible();
  expect(newHub.hub.needsFirstManager()).toBe(false);
  expect(errors, 'errors logged by the page').toEqual([]);
  await close();
});
