import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/hub-fixture';
import { deskScreen, kioskScreen } from '../support/screens';
import { SYSTEM } from '../../server/hub/system-actor';

const shots = resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots');
const shoot = async (page: Page, name: string) => {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: resolve(shots, `${name}.png`), fullPage: true });
};

const CIVIL = 1;

test.describe('a priority visitor at a portrait kiosk, by touch', () => {
  test.use({ viewport: { width: 1080, height: 1920 }, hasTouch: true });

  test('asks for priority, takes a ticket ahead of the queue, and the next visitor starts ordinary', async ({
    page,
    hub,
  }) => {
    for (let i = 0; i < 3; i++) hub.execute('issueTicket', { departmentId: CIVIL }, SYSTEM);
    const kiosk = kioskScreen(page);
    await kiosk.goto();
    const ask = page.getByRole('button', { name: '배려 번호표 받기' });
    const askBox = await ask.boundingBox();
    expect(askBox, 'the priority request is on the first screen').not.toBeNull();
    expect(askBox!.y + askBox!.height).toBeLessThanOrEqual(1920);
    expect(askBox!.height).toBeGreaterThanOrEqual(48);
    await ask.tap();
    await page.getByRole('button', { name: '어르신 (만 65세 이상)' }).tap();
    await expect(
      page.getByRole('heading', { name: '배려 번호표로 받습니다: 어르신 (만 65세 이상)' }),
    ).toBeVisible();
    await shoot(page, 'kiosk-priority-chosen');

    await kiosk.department(/종합민원실/).tap();
    await expect(kiosk.ticketHeading).toBeVisible();
    await expect(page.getByText('배려 번호표', { exact: true })).toBeVisible();
    await expect(page.getByText('앞에 기다리는 사람이 없습니다')).toBeVisible();
    expect(hub.deskState(1).waiting.map((t) => t.number)).toEqual(['A004', 'A001', 'A002', 'A003']);
    await shoot(page, 'kiosk-priority-ticket');

    await kiosk.done.tap();
    await expect(page.getByRole('button', { name: '배려 번호표 받기' })).toBeVisible();
    await kiosk.department(/종합민원실/).tap();
    await expect(kiosk.ticketHeading).toBeVisible();
    await expect(page.getByText('배려 번호표', { exact: true })).toHaveCount(0);
  });

  test('asks in English', async ({ page }) => {
    const kiosk = kioskScreen(page);
    await kiosk.goto();
    await kiosk.language('English').tap();
    await page.getByRole('button', { name: 'Get a priority ticket' }).tap();
    await page.getByRole('button', { name: 'Pregnant' }).tap();
    await kiosk.department(/^Civil Affairs Office/).tap();
    await expect(page.getByText('Priority ticket', { exact: true })).toBeVisible();
  });
});

test('the desk names the need of a priority visitor, first in its queue', async ({ page, hub }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  hub.execute('issueTicket', { departmentId: CIVIL }, SYSTEM);
  hub.execute('issueTicket', { departmentId: CIVIL, priorityNeed: 'disabled' }, SYSTEM);
  const desk = deskScreen(page);
  await desk.goto(1);
  await desk.signIn();
  // The queue shows the priority visitor first, with the need, in view beside the call button.
  const first = desk.waiting.getByRole('listitem').first();
  await expect(first).toContainText('A 002');
  await expect(first).toContainText('배려 · 장애인');
  const badge = await first.getByText('배려 · 장애인').boundingBox();
  expect(badge!.y + badge!.height).toBeLessThanOrEqual(768);
  await shoot(page, 'desk-priority-waiting');
  await desk.callNext.click();
  await expect(desk.arrival('A 002')).toContainText('배려 · 장애인');
  await expect(desk.waiting.getByRole('listitem')).toHaveText([/A 001/]);
});

test('the wall display shows that a call is a priority ticket, never why', async ({ page, hub }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  hub.execute('issueTicket', { departmentId: CIVIL, priorityNeed: 'pregnant' }, SYSTEM);
  hub.execute('callNext', { deskId: 1 }, SYSTEM);
  await page.goto('/display');
  const now = page.getByRole('region', { name: /^지금 호출/ });
  await expect(now).toContainText('A 001');
  await expect(now.getByText('배려', { exact: true })).toBeVisible();
  await expect(page.getByText('임산부')).toHaveCount(0);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: resolve(shots, 'display-priority.png') });
});
