import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/hub-fixture';
import { CONTROLS } from '../support/kiosk';

const modes = ['default', '고대비', '큰 글자', '낮은 화면'] as const;
type Mode = (typeof modes)[number];

/** Each kiosk screen, reached the way a visitor reaches it. */
const screens: { name: string; open: (page: Page) => Promise<void> }[] = [
  { name: 'home', open: () => Promise.resolve() },
  {
    name: 'tasks',
    open: async (page) => {
      await page.getByRole('button', { name: /업무로 찾기/ }).click();
      await page.getByRole('searchbox').fill('ㅈㅇ');
    },
  },
  {
    name: 'repeat',
    open: async (page) => {
      await page.getByRole('button', { name: /전에 같은 일로 왔어요/ }).click();
      await page.keyboard.type('123456789');
    },
  },
  {
    name: 'call-staff',
    open: async (page) => {
      await page.getByRole('button', { name: '직원 호출 · 동행 요청' }).click();
    },
  },
  {
    name: 'ticket',
    open: async (page) => {
      await page
        .getByRole('button', { name: /종합민원실/ })
        .first()
        .click();
      await expect(page.locator('.ticket-card__qr')).toBeVisible();
    },
  },
  {
    name: 'escort',
    open: async (page) => {
      await page.getByRole('button', { name: /동행 안내 요청/ }).click();
      await page.getByRole('button', { name: '시각 불편' }).click();
      await expect(page.getByText('안내 요원이 오고 있습니다')).toBeVisible();
    },
  },
];

async function setMode(page: Page, mode: Mode): Promise<void> {
  if (mode === 'default') return;
  await page.getByRole('button', { name: '접근성' }).click();
  await page.getByRole('button', { name: mode }).click();
  // The settings stay open while the visitor looks around; close them to see the screen itself.
  await page.getByRole('button', { name: '접근성' }).click();
}

const WCAG = ['wcag2a', 'wcag2aa', 'wcag22aa'];

async function checkScreen(page: Page, mode: Mode, screen: string, tags = WCAG): Promise<void> {
  const axe = await new AxeBuilder({ page }).withTags(tags).analyze();
  const found = axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(found, `${screen} in ${mode}`).toEqual([]);
  const viewport = page.viewportSize()!;
  // Each control scrolled into view as a visitor would, measured in one pass in the page: the
  // keyboard alone has some fifty keys, and a round trip per key made the test slow.
  const boxes = await page.locator(CONTROLS).evaluateAll((controls) =>
    controls.map((control) => {
      control.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const { x, y, width, height } = control.getBoundingClientRect();
      return { text: control.textContent, x, y, width, height };
    }),
  );
  expect(boxes.length, `${screen} ${mode}: controls`).toBeGreaterThan(0);
  for (const box of boxes) {
    const label = `${screen} ${mode}: ${box.text}`;
    expect(box.width, label).toBeGreaterThanOrEqual(44);
    expect(box.height, label).toBeGreaterThanOrEqual(44);
    if (mode === '낮은 화면') {
      expect(box.y, label).toBeGreaterThanOrEqual(viewport.height / 2 - 1);
      expect(box.y + box.height, label).toBeLessThanOrEqual(viewport.height + 1);
    }
  }
}

async function checkEveryScreen(page: Page, mode: Mode, tags?: string[]): Promise<void> {
  for (const screen of screens) {
    // The escort screen follows on from the ticket; every other screen starts afresh.
    if (screen.name !== 'escort') {
      await page.goto('/kiosk');
      await setMode(page, mode);
    }
    await screen.open(page);
    await checkScreen(page, mode, screen.name, tags);
  }
}

// Each screen is analysed once per kiosk size in the default mode, with best practice on top of
// WCAG, and once per accessibility mode on the common portrait kiosk: an axe pass is the costly
// step of this file, and a mode changes the same page whatever the size.
for (const [width, height] of [
  [1080, 1920],
  [1920, 1080],
  [1280, 1024],
] as const) {
  test(`every kiosk screen at ${String(width)}×${String(height)} passes axe with best practice and has large targets`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width, height });
    await checkEveryScreen(page, 'default', [...WCAG, 'best-practice']);
  });
}

for (const mode of modes.filter((m) => m !== 'default')) {
  test(`every kiosk screen passes axe, has large targets and fits the mode: ${mode}`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 1080, height: 1920 });
    await checkEveryScreen(page, mode);
  });
}

test('the closed screen passes axe in every mode', async ({ page, hubClock }) => {
  hubClock.set(Date.parse('2026-11-23T18:30:00+09:00'));
  for (const mode of modes) {
    await page.goto('/kiosk');
    await setMode(page, mode);
    await expect(page.getByText('내일 09:00에 문을 엽니다.')).toBeVisible();
    await checkScreen(page, mode, 'closed');
  }
});

test('screenshots of the kiosk screens', async ({ page, hubClock }) => {
  const shot = (name: string) => page.screenshot({ path: `test-results/screenshots/kiosk-${name}.png` });
  await page.goto('/kiosk');
  await shot('home');
  await page.getByRole('button', { name: /업무로 찾기/ }).click();
  await page.getByRole('searchbox').fill('ㅈㅇ');
  await shot('task-search');
  await page.getByRole('button', { name: /전에 같은 일로 왔어요/ }).click();
  await page.keyboard.type('12345');
  await shot('repeat');
  await page.getByRole('button', { name: /부서로 찾기/ }).click();
  await page.getByRole('button', { name: /종합민원실/ }).click();
  await expect(page.locator('.ticket-card__qr')).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/kiosk-ticket.png', fullPage: true });
  await page.getByRole('button', { name: /동행 안내 요청/ }).click();
  await page.screenshot({ path: 'test-results/screenshots/kiosk-escort.png', fullPage: true });
  await page.getByRole('button', { name: '휠체어 이용' }).click();
  await page.screenshot({ path: 'test-results/screenshots/kiosk-escort-coming.png', fullPage: true });
  await page.getByRole('button', { name: '직원 호출 · 동행 요청' }).click();
  await shot('call-staff');

  await page.goto('/kiosk');
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.getByRole('button', { name: 'Accessibility' }).click();
  await page.getByRole('button', { name: 'High contrast' }).click();
  await shot('high-contrast-en');
  await page.getByRole('button', { name: 'Low screen' }).click();
  await shot('high-contrast-low-screen');
  await page.goto('/kiosk');
  await page.getByRole('button', { name: '접근성' }).click();
  await page.getByRole('button', { name: '큰 글자' }).click();
  await shot('large-text');

  hubClock.set(Date.parse('2026-11-23T18:30:00+09:00'));
  await page.goto('/kiosk');
  await expect(page.getByText('내일 09:00에 문을 엽니다.')).toBeVisible();
  await shot('closed');
});
