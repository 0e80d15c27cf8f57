import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/hub-fixture';
import { deskScreen, kioskScreen } from '../support/screens';
import { SYSTEM } from '../../server/hub/system-actor';

// Pictures of the screens for people to look at; the assertions only make sure each picture
// shows the state it is named after.
const shots = resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots');
const shoot = (page: Page, name: string) =>
  page.screenshot({ path: resolve(shots, `${name}.png`), fullPage: true });

test.use({ viewport: { width: 1280, height: 1024 } });

test('kiosk: departments, then a ticket', async ({ page, hub }) => {
  for (const [departmentId, count] of [
    [1, 4],
    [2, 2],
    [3, 1],
    [7, 3],
  ] as const) {
    for (let i = 0; i < count; i++) hub.execute('issueTicket', { departmentId }, SYSTEM);
  }
  const kiosk = kioskScreen(page);
  await kiosk.goto();
  await expect(kiosk.department(/종합민원실/)).toContainText('대기 4명');
  await page.evaluate(() => document.fonts.ready);
  await shoot(page, 'kiosk-home');

  await kiosk.department(/종합민원실/).click();
  await expect(page.getByText('A 005', { exact: true })).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  await shoot(page, 'kiosk-ticket');

  await kiosk.done.click();
  await kiosk.language('English').click();
  await expect(kiosk.department(/^Civil Affairs Office/)).toContainText('5 waiting');
  await page.evaluate(() => document.fonts.ready);
  await shoot(page, 'kiosk-home-en');
});

test('desk: a busy queue with one breached clock', async ({ page, hub, hubClock }) => {
  await page.setViewportSize({ width: 1440, height: 960 });
  const issue = (departmentId: number) => hub.execute('issueTicket', { departmentId }, SYSTEM).ticket;
  const tickets = Array.from({ length: 10 }, (_, i) => {
    hubClock.advance(15_000 + i * 7_000);
    return issue(1);
  });
  const call = (deskId: number) => hub.execute('callNext', { deskId }, SYSTEM).ticket;

  // Desk 2 takes the first visitor, so desk 1's lists hold only its own visits.
  const first = call(2);
  hub.execute('acknowledgeArrival', { deskId: 2, ticketId: first.id }, SYSTEM);

  // Finished at desk 1: within target, breached, and a no-show.
  const served = call(1);
  hubClock.advance(3_000);
  hub.execute('acknowledgeArrival', { deskId: 1, ticketId: served.id }, SYSTEM);
  hubClock.advance(140_000);
  hub.execute('finishService', { deskId: 1, ticketId: served.id }, SYSTEM);
  const late = call(1);
  hubClock.advance(12_500);
  hub.execute('acknowledgeArrival', { deskId: 1, ticketId: late.id }, SYSTEM);
  hubClock.advance(95_000);
  hub.execute('finishService', { deskId: 1, ticketId: late.id }, SYSTEM);
  const absent = call(1);
  hubClock.advance(60_000);
  hub.execute('markNoShow', { deskId: 1, ticketId: absent.id }, SYSTEM);

  // At desk 1 now: one being served, one breached, one in warning.
  const serving = call(1);
  hubClock.advance(6_000);
  hub.execute('acknowledgeArrival', { deskId: 1, ticketId: serving.id }, SYSTEM);
  call(1);
  hubClock.advance(7_000);
  call(1);
  hubClock.advance(8_000);
  expect(tickets).toHaveLength(10);

  // The screen's own clock stands still, so its clocks show exactly the hub's elapsed times.
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 1000);
  const desk = deskScreen(page);
  await desk.goto(1);
  await expect(desk.signInForm).toBeVisible();
  await expect(desk.arrival('A 006').getByText('목표 초과')).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  await shoot(page, 'desk-sign-in');
  await desk.signIn();
  await expect(desk.arrival('A 006').getByRole('timer')).toHaveText('0:15');
  await expect(desk.arrival('A 006').getByText('목표 초과')).toBeVisible();
  await expect(desk.arrival('A 007').getByRole('timer')).toHaveText('0:08');
  await expect(desk.arrival('A 007').getByText('목표 임박')).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  await shoot(page, 'desk-busy');

  await page.goto('/desk');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('창구 선택');
  await shoot(page, 'desk-list');

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('화면 선택');
  await shoot(page, 'home');
});
