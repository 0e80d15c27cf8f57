import type { Page } from '@playwright/test';
import type { Hub } from '../../server/hub/hub';
import { expect, test } from '../support/hub-fixture';

// A portrait touch kiosk, touched with a finger: the idle bugs showed with touch, not with a mouse.
test.use({ viewport: { width: 1080, height: 1920 }, hasTouch: true });

const waitingTickets = (hub: Hub): number =>
  hub.office().departments.reduce((sum, department) => sum + department.waiting, 0);

const home = (page: Page) => page.getByRole('heading', { level: 1, name: '어느 부서로 가시나요?' });
const ticketHeading = (page: Page) => page.getByRole('heading', { name: '번호표가 발급되었습니다' });

test('after an idle reset the next visitor’s first tap gives a ticket that stays on screen', async ({
  page,
  hub,
}) => {
  await page.clock.install();
  await page.goto('/kiosk');
  // The last visitor chose English and walked away; the kiosk warns, then resets.
  await page.getByRole('button', { name: 'English', exact: true }).tap();
  await page.clock.runFor(125_000);
  await expect(home(page)).toBeVisible();

  // Minutes later, the next visitor taps a department once.
  await page.clock.runFor(300_000);
  await page.getByRole('button', { name: /^종합민원실/ }).tap();
  await expect(ticketHeading(page)).toBeVisible();
  await page.clock.runFor(5_000);
  await expect(ticketHeading(page)).toBeVisible();
  await expect(page.getByText('A 001', { exact: true })).toBeVisible();
  expect(waitingTickets(hub)).toBe(1);
});

test('a tap on “시간 연장” gives more time and presses nothing beneath it', async ({ page, hub }) => {
  await page.clock.install();
  await page.goto('/kiosk');
  // Low screen brings the department cards under the warning's button.
  await page.getByRole('button', { name: '접근성' }).tap();
  await page.getByRole('button', { name: '낮은 화면' }).tap();
  await page.getByRole('button', { name: '접근성' }).tap();

  for (let round = 0; round < 3; round++) {
    await page.clock.runFor(95_000);
    const more = page.getByRole('alertdialog').getByRole('button', { name: '시간 연장' });
    await expect(more).toBeVisible();
    await more.tap();
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    await expect(home(page)).toBeVisible();
    expect(waitingTickets(hub), `round ${String(round)}`).toBe(0);
  }
});

test('a tap on “시간 연장” over a ticket keeps the ticket of the visitor who asked for time', async ({
  page,
  hub,
}) => {
  await page.clock.install();
  await page.goto('/kiosk');
  await page.getByRole('button', { name: '접근성' }).tap();
  await page.getByRole('button', { name: '낮은 화면' }).tap();
  await page.getByRole('button', { name: '접근성' }).tap();
  await page.getByRole('button', { name: /^종합민원실/ }).tap();
  await expect(ticketHeading(page)).toBeVisible();
  // The visitor has the ticket's buttons in front of them when they stop to read.
  await page.getByRole('button', { name: '확인 — 처음 화면으로' }).scrollIntoViewIfNeeded();

  for (let round = 0; round < 3; round++) {
    await page.clock.runFor(95_000);
    const more = page.getByRole('alertdialog').getByRole('button', { name: '시간 연장' });
    await expect(more).toBeVisible();
    await more.tap();
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    await expect(ticketHeading(page), `round ${String(round)}`).toBeVisible();
  }
  await expect(page.getByText('A 001', { exact: true })).toBeVisible();
  expect(waitingTickets(hub)).toBe(1);
});

test('a finger held down on the warning, then lifted on “시간 연장”, presses only that', async ({
  page,
  hub,
}) => {
  await page.clock.install();
  await page.goto('/kiosk');
  await page.getByRole('button', { name: 'English', exact: true }).tap();
  await page.getByRole('button', { name: 'Accessibility' }).tap();
  await page.getByRole('button', { name: 'Low screen' }).tap();
  await page.getByRole('button', { name: 'Accessibility' }).tap();
  await page.clock.runFor(95_000);
  const more = page.getByRole('alertdialog').getByRole('button', { name: 'More time' });
  await expect(more).toBeVisible();
  const box = (await more.boundingBox())!;
  const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  // A slow press: the page sees the touch start, time passes, then the finger lifts.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
  await page.clock.runFor(300);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Where would you like to go?');
  expect(waitingTickets(hub)).toBe(0);
});
