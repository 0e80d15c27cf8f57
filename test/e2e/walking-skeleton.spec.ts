import type { WebSocketRoute } from '@playwright/test';
import { formatTicketCode } from '../../shared/numbering/ticket-code';
import { expect, test } from '../support/hub-fixture';
import { deskScreen, kioskScreen } from '../support/screens';
import { SYSTEM } from '../../server/hub/system-actor';

const CIVIL_AFFAIRS = 1; // 종합민원실, prefix A, desks 1 and 2 call numbers
const WELFARE = 3; // 주민복지과, prefix C, desks 5 and 6 check visitors in by code
const TICKET_CODE = /^\d{3}-\d{3}-\d{3}$/;
/** A clerk of 주민복지과: desk staff sign in at their own department's desks. */
const welfareClerk = {
  login: 'desk.choi',
  name: '최현우',
  role: 'desk',
  pin: '2468',
  departmentId: WELFARE,
} as const;

test('a visitor’s ticket reaches a desk live, and the desk records the time to attend by the hub’s clock', async ({
  page,
  browser,
  hubUrl,
  hubClock,
}) => {
  const kiosk = kioskScreen(page);
  await kiosk.goto();
  await expect(kiosk.title).toHaveText('어느 부서로 가시나요?');

  // The desk is open in another window before the visitor arrives: it must learn of the
  // ticket from the event stream, not from a reload.
  const deskContext = await browser.newContext({ baseURL: hubUrl });
  const deskPage = await deskContext.newPage();
  const desk = deskScreen(deskPage);
  let deskReads = 0;
  deskPage.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/v1/desks/')) deskReads += 1;
  });
  await desk.goto(1);
  await expect(desk.title).toHaveText('종합민원실 1번 창구');
  await expect(desk.waiting).toContainText('대기 중인 방문객이 없습니다.');
  await expect(desk.callNext).toHaveCount(0);
  await desk.signIn();
  await expect(desk.callNext).toBeDisabled();

  const readsBeforeTicket = deskReads;
  await kiosk.department(/종합민원실/).click();
  await expect(kiosk.ticketHeading).toBeVisible();
  await expect(page.getByText('A 001', { exact: true })).toBeVisible();
  await expect(page.getByText(TICKET_CODE)).toBeVisible();
  await expect(page.getByText('내 앞에 기다리는 사람이 없습니다.')).toBeVisible();

  await expect(desk.waiting.getByRole('listitem')).toHaveText([/A 001/]);
  expect(deskReads, 'the desk re-read its state instead of following the stream').toBe(readsBeforeTicket);
  await expect(desk.callNext).toBeEnabled();

  // The kiosk's waiting count follows the queue live as well.
  await kiosk.done.click();
  await expect(kiosk.department(/종합민원실/)).toContainText('대기 1명');

  await desk.callNext.click();
  const arrival = desk.arrival('A 001');
  await expect(arrival.getByRole('timer')).toBeVisible();
  await expect(desk.waiting.getByRole('listitem')).toHaveCount(0);
  await expect(kiosk.department(/종합민원실/)).toContainText('대기 없음');

  hubClock.advance(4000);
  await arrival.getByRole('button', { name: /응대 시작/ }).click();
  await expect(arrival).toContainText('응대까지 걸린 시간');
  await expect(arrival.getByText('0:04.0', { exact: true })).toBeVisible();
  await expect(arrival.getByText('목표 이내')).toBeVisible();
  await expect(desk.status).toContainText('A 001 응대를 시작했습니다.');

  hubClock.advance(60_000);
  await arrival.getByRole('button', { name: /응대 완료/ }).click();
  await expect(desk.arrivals).toContainText('창구에 도착한 방문객이 없습니다.');
  await expect(desk.finished.getByRole('listitem')).toHaveText([/A 001.*응대 완료.*응대까지 0:04\.0/]);

  await deskContext.close();
});

test('a direct-service desk checks a visitor in by the code typed with dashes', async ({ page, hub }) => {
  const { ticket } = hub.execute('issueTicket', { departmentId: WELFARE }, SYSTEM);
  const desk = deskScreen(page);
  hub.execute('defineStaff', welfareClerk, SYSTEM);
  await desk.goto(5);
  await desk.signIn(welfareClerk);
  await expect(desk.title).toHaveText('주민복지과 1번 창구');
  await expect(page.getByText('방문 접수 창구')).toBeVisible();
  await expect(desk.callNext).toHaveCount(0);
  await expect(desk.codeInput).toBeFocused();

  await desk.codeInput.fill(formatTicketCode(ticket.code));
  await desk.codeInput.press('Enter');
  await expect(desk.status).toContainText('C 001 번호를 접수했습니다.');
  await expect(desk.arrival('C 001').getByRole('button', { name: /응대 시작/ })).toBeVisible();
  await expect(desk.codeInput).toHaveValue('');
  await expect(desk.codeInput).toBeFocused();
});

test('a desk says why a code is refused and keeps it for correction', async ({ page, hub }) => {
  const other = hub.execute('issueTicket', { departmentId: CIVIL_AFFAIRS }, SYSTEM).ticket;
  const desk = deskScreen(page);
  hub.execute('defineStaff', welfareClerk, SYSTEM);
  await desk.goto(5);
  await desk.signIn(welfareClerk);

  await desk.codeInput.fill('123-45');
  await desk.codeInput.press('Enter');
  await expect(desk.status).toContainText('번호표 코드가 올바르지 않습니다.');
  await expect(desk.codeInput).toHaveValue('123-45');

  await desk.codeInput.fill(other.code);
  await desk.codeInput.press('Enter');
  await expect(desk.status).toContainText('다른 부서의 번호표입니다.');
  await expect(desk.arrivals).toContainText('창구에 도착한 방문객이 없습니다.');
});

test('a desk works from the keyboard: a scanner types anywhere, A acknowledges', async ({ page, hub }) => {
  const { ticket } = hub.execute('issueTicket', { departmentId: WELFARE }, SYSTEM);
  const desk = deskScreen(page);
  hub.execute('defineStaff', welfareClerk, SYSTEM);
  await desk.goto(6);
  await desk.signIn(welfareClerk);
  await expect(desk.codeInput).toBeFocused();

  // Focus has wandered off the field, as it does; a scanner's digits must still land in it.
  await desk.title.click();
  await expect(desk.codeInput).not.toBeFocused();
  await page.keyboard.type(ticket.code);
  await page.keyboard.press('Enter');
  await expect(desk.status).toContainText('C 001 번호를 접수했습니다.');

  await desk.title.click();
  await page.keyboard.press('a');
  await expect(desk.status).toContainText('C 001 응대를 시작했습니다.');
  await expect(desk.arrival('C 001').getByRole('button', { name: /응대 완료/ })).toBeVisible();
});

test('a desk sign-in locked by wrong PINs says how many minutes to wait', async ({ page, hubClock }) => {
  const desk = deskScreen(page);
  await desk.goto(1);
  const form = desk.signInForm;
  await form.getByRole('textbox', { name: '직원 아이디' }).fill('desk.kim');
  for (let i = 0; i < 5; i++) {
    await form.getByLabel('PIN').fill('0000');
    await form.getByRole('button', { name: '로그인' }).click();
    await expect(form.getByRole('alert')).toContainText('아이디 또는 PIN');
  }
  hubClock.advance(60_000);
  await form.getByLabel('PIN').fill('2580');
  await form.getByRole('button', { name: '로그인' }).click();
  await expect(form.getByRole('alert')).toHaveText(
    'PIN을 여러 번 잘못 입력했습니다. 4분 후에 다시 시도해 주세요.',
  );
});

test('the kiosk switches to English and back to Korean for the next visitor', async ({ page }) => {
  const kiosk = kioskScreen(page);
  await kiosk.goto();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(kiosk.language('한국어')).toHaveAttribute('aria-pressed', 'true');

  await kiosk.language('English').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(kiosk.language('English')).toHaveAttribute('aria-pressed', 'true');
  await expect(kiosk.title).toHaveText('Where would you like to go?');
  await expect(kiosk.department(/^Civil Affairs Office/)).toContainText('No one waiting');

  await kiosk.department(/^Civil Affairs Office/).click();
  await expect(page.getByRole('heading', { name: 'Here is your ticket' })).toBeVisible();
  await expect(page.getByText('No one is ahead of you.')).toBeVisible();
  await expect(page.getByText('Main building, 1st floor, right of the main entrance')).toBeVisible();

  await page.getByRole('button', { name: 'Done — back to start' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(kiosk.title).toHaveText('어느 부서로 가시나요?');
});

test('the kiosk says when a ticket could not be issued and lets the visitor try again', async ({ page }) => {
  const kiosk = kioskScreen(page);
  await kiosk.goto();
  await page.route('**/api/v1/commands/issueTicket', (route) => route.abort('connectionrefused'));

  await kiosk.department(/종합민원실/).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('번호표를 발급하지 못했습니다.');
  await expect(alert).toContainText('허브에 연결할 수 없습니다.');

  await page.unroute('**/api/v1/commands/issueTicket');
  await alert.getByRole('button', { name: '종합민원실 번호표 다시 받기' }).click();
  await expect(kiosk.ticketHeading).toBeVisible();
  await expect(page.getByText('A 001', { exact: true })).toBeVisible();
});

test('a desk that loses the hub catches up when it reconnects, without a reload', async ({ page, hub }) => {
  // Every event-stream connection passes through here, so the test can cut it and refuse new
  // ones, as a restarting hub or a pulled cable would.
  let hubReachable = true;
  const connections: WebSocketRoute[] = [];
  await page.routeWebSocket(/\/api\/v1\/events$/, async (socket) => {
    if (!hubReachable) {
      await socket.close();
      return;
    }
    socket.connectToServer();
    connections.push(socket);
  });

  const desk = deskScreen(page);
  await desk.goto(1);
  const status = page.getByRole('banner').getByText(/실시간 연결|다시 연결하는 중|연결 중/);
  await expect(status).toHaveText('실시간 연결');

  hubReachable = false;
  for (const socket of connections.splice(0)) await socket.close();
  await expect(status).toHaveText('다시 연결하는 중');
  // Issued while the desk is cut off: they can only arrive by replay after the reconnect.
  hub.execute('issueTicket', { departmentId: CIVIL_AFFAIRS }, SYSTEM);
  hub.execute('issueTicket', { departmentId: CIVIL_AFFAIRS }, SYSTEM);
  await expect(desk.waiting.getByRole('listitem')).toHaveCount(0);

  hubReachable = true;
  await expect(status).toHaveText('실시간 연결', { timeout: 10_000 });
  await expect(desk.waiting.getByRole('listitem')).toHaveText([/A 001/, /A 002/]);

  // And it keeps following live events on the new connection.
  hub.execute('issueTicket', { departmentId: CIVIL_AFFAIRS }, SYSTEM);
  await expect(desk.waiting.getByRole('listitem')).toHaveCount(3);
});

test('every kiosk control is large enough to touch', async ({ page }) => {
  const kiosk = kioskScreen(page);
  await kiosk.goto();
  await expect(kiosk.department(/종합민원실/)).toBeVisible();
  const controls = await page.getByRole('button').all();
  expect(controls.length).toBeGreaterThan(8);
  for (const control of controls) {
    const box = (await control.boundingBox())!;
    expect(box.width, await control.innerText()).toBeGreaterThanOrEqual(44);
    expect(box.height, await control.innerText()).toBeGreaterThanOrEqual(44);
  }

  await kiosk.department(/종합민원실/).click();
  const done = (await kiosk.done.boundingBox())!;
  expect(done.height).toBeGreaterThanOrEqual(64);
});
