import { resolve } from 'node:path';
import type { Page, WebSocketRoute } from '@playwright/test';
import type { Hub } from '../../server/hub/hub';
import { demoStaff } from '../../server/demo/inje-office';
import { expect, test } from '../support/hub-fixture';
import { SYSTEM } from '../../server/hub/system-actor';

const CIVIL_AFFAIRS = 1; // 종합민원실, prefix A, queue desks 1 and 2, 1층
const TAX = 2; // 세무회계과, prefix B, queue desks 3 and 4
const WELFARE = 3; // 주민복지과, prefix C, direct-service desks 5 and 6

const guideStaff = demoStaff.find((staff) => staff.role === 'guide')!;

const shots = resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

type Spoken = { text: string; lang: string };

/**
 * Runs in the page before its scripts: every utterance the display speaks is recorded instead of
 * voiced, and reported finished at once, as a real speech engine would after speaking it.
 */
function captureSpeech(): void {
  const spoken: Spoken[] = [];
  Object.assign(window, { __spoken: spoken });
  window.speechSynthesis.speak = (utterance) => {
    spoken.push({ text: utterance.text, lang: utterance.lang });
    queueMicrotask(() => utterance.dispatchEvent(new Event('end')));
  };
}

const spokenIn = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: Spoken[] }).__spoken);

/** The guide desk as a guide sees it. */
function guideScreen(page: Page) {
  const signInForm = page.getByRole('region', { name: '안내 요원 로그인' });
  const requests = page.getByRole('region', { name: /^처리할 요청/ });
  return {
    goto: () => page.goto('/guide'),
    signInForm,
    signIn: async () => {
      await signInForm.getByRole('textbox', { name: '직원 아이디' }).fill(guideStaff.login);
      await signInForm.getByLabel('PIN').fill(guideStaff.pin);
      await signInForm.getByRole('button', { name: '로그인' }).click();
    },
    requests,
    request: (text: string) => requests.getByRole('listitem').filter({ hasText: text }),
    delivered: page.getByRole('region', { name: /^오늘 완료/ }),
    status: page.getByRole('status'),
  };
}

/** The wall display as the waiting room sees it. */
function displayScreen(page: Page) {
  return {
    goto: () => page.goto('/display'),
    now: page.getByRole('region', { name: /^지금 호출/ }),
    recent: page.getByRole('region', { name: /^최근 호출/ }),
    queues: page.getByRole('region', { name: /^부서별 대기/ }),
    enableSound: page.getByRole('button', { name: /소리 켜기/ }),
  };
}

/** Signs the demo guide in at the hub directly, for setting a scene. */
function guideActor(hub: Hub) {
  const { token } = hub.signIn({ login: guideStaff.login, pin: guideStaff.pin }, '127.0.0.1');
  const actor = hub.actorFor({ session: token, device: null, local: true });
  if (!actor) throw new Error('the demo guide could not sign in');
  return actor;
}

test('the guide sees a kiosk’s escort request live, accepts and delivers it, on the hub’s clock', async ({
  page,
  browser,
  hubUrl,
  hubClock,
}) => {
  const guide = guideScreen(page);
  await guide.goto();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('안내 데스크');
  await expect(guide.requests).toContainText('기다리는 요청이 없습니다.');
  await expect(guide.requests.getByRole('button')).toHaveCount(0);
  await guide.signIn();
  await expect(guide.signInForm).toHaveCount(0);
  await expect(page.getByRole('banner')).toContainText('박서연 님');

  // The kiosk is another device: it takes a ticket in English and asks for an escort.
  const kiosk = await browser.newContext({ baseURL: hubUrl });
  const issued = await kiosk.request.post('/api/v1/commands/issueTicket', {
    data: { departmentId: CIVIL_AFFAIRS, language: 'en' },
  });
  const { ticket } = ((await issued.json()) as { result: { ticket: { id: number } } }).result;
  const asked = await kiosk.request.post('/api/v1/commands/requestEscort', {
    data: { kind: 'escort', reason: 'wheelchair', ticketId: ticket.id, language: 'en' },
  });
  expect(asked.ok()).toBe(true);

  const card = guide.request('A 001');
  await expect(card).toContainText('동행 안내');
  await expect(card).toContainText('휠체어 이용');
  await expect(card).toContainText('종합민원실');
  await expect(card).toContainText('1층 · 본관 1층 정문 오른쪽');
  await expect(card).toContainText('안내 언어 English');
  await expect(card).toContainText('새 요청');
  await expect(card).toContainText('수락 대기');
  await expect(card.getByRole('timer')).toBeVisible();

  // A call-staff request from a visitor without a ticket queues behind it.
  hubClock.advance(5_000);
  await kiosk.request.post('/api/v1/commands/requestEscort', {
    data: { kind: 'callStaff', reason: 'hearing', language: 'ko' },
  });
  await expect(guide.requests.getByRole('listitem')).toHaveText([
    /A 001/,
    /직원 호출.*청각 불편.*번호표 없이 요청/,
  ]);

  hubClock.advance(40_000);
  await card.getByRole('button', { name: /수락$/ }).click();
  await expect(guide.status).toContainText('A 001 동행 안내 요청을 수락했습니다.');
  await expect(card).toContainText('박서연 님이 수락');
  await expect(card).toContainText('수락까지 0:45');
  await expect(card).toContainText('안내 중');
  await expect(card).not.toContainText('새 요청');

  hubClock.advance(150_000);
  await card.getByRole('button', { name: /안내 완료$/ }).click();
  await expect(guide.status).toContainText('A 001 동행 안내 안내를 마쳤습니다.');
  await expect(guide.requests.getByRole('listitem')).toHaveText([/직원 호출/]);
  await expect(guide.delivered.getByRole('listitem')).toHaveText([
    /A 001.*휠체어 이용.*박서연.*요청 09:30.*수락까지 0:45.*안내 2:30.*완료 09:33/,
  ]);

  await kiosk.close();
});

test('a request another guide took first is explained, not failed silently', async ({ page, hub }) => {
  const { request } = hub.execute(
    'requestEscort',
    { kind: 'escort', reason: 'elderly', language: 'ko' },
    SYSTEM,
  );
  const guide = guideScreen(page);
  await guide.goto();
  await guide.signIn();
  await expect(guide.request('어르신')).toBeVisible();

  // Accepted elsewhere a moment before this guide presses the button.
  await page.route('**/api/v1/commands/acceptEscort', async (route) => {
    hub.execute('acceptEscort', { requestId: request.id }, guideActor(hub));
    await route.continue();
  });
  await guide.request('어르신').getByRole('button', { name: /수락$/ }).click();
  await expect(guide.status).toContainText('다른 안내 요원이 먼저 처리한 요청입니다.');
  await expect(guide.request('어르신')).toContainText('안내 중');
});

test('the display shows each call big and announces it, in English too for an English ticket', async ({
  page,
  hub,
  hubClock,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.addInitScript(captureSpeech);
  const display = displayScreen(page);
  await display.goto();
  await expect(display.now).toContainText('잠시만 기다려 주세요');
  await display.enableSound.click();
  await expect(page.getByText('소리 켜짐')).toBeVisible();
  await expect(display.enableSound).toHaveCount(0);

  const first = hub.execute('issueTicket', { departmentId: CIVIL_AFFAIRS }, SYSTEM).ticket;
  hub.execute('issueTicket', { departmentId: TAX }, SYSTEM);
  hub.execute('issueTicket', { departmentId: TAX }, SYSTEM);
  await expect(display.queues.getByRole('listitem').filter({ hasText: '세무회계과' })).toContainText('2명');
  await expect(display.queues.getByRole('listitem').filter({ hasText: '종합민원실' })).toContainText('1명');

  hub.execute('callNext', { deskId: 1 }, SYSTEM);
  await expect(display.now.getByText('A 001', { exact: true })).toBeVisible();
  await expect(display.now).toContainText('종합민원실 1번 창구');
  await expect(display.now).toContainText('Civil Affairs Office, desk 1');
  await expect(display.now).toContainText('1층 · 본관 1층 정문 오른쪽');
  await expect(display.queues.getByRole('listitem').filter({ hasText: '종합민원실' })).toContainText(
    '대기 없음',
  );
  await expect
    .poll(() => spokenIn(page))
    .toEqual([{ lang: 'ko-KR', text: '에이 일 번 고객님, 종합민원실 1번 창구로 와 주십시오.' }]);

  // A visitor who took the ticket in English hears the call in English as well.
  hub.execute('issueTicket', { departmentId: CIVIL_AFFAIRS, language: 'en' }, SYSTEM);
  hub.execute('callNext', { deskId: 2 }, SYSTEM);
  await expect(display.now.getByText('A 002', { exact: true })).toBeVisible();
  await expect(display.now).toContainText('종합민원실 2번 창구');
  await expect(display.recent.getByRole('listitem')).toHaveText([/A 001.*종합민원실 1번 창구/]);
  await expect
    .poll(async () => (await spokenIn(page)).slice(1))
    .toEqual([
      { lang: 'ko-KR', text: '에이 이 번 고객님, 종합민원실 2번 창구로 와 주십시오.' },
      { lang: 'en-US', text: 'Number A 2, please go to Civil Affairs Office, desk 2.' },
    ]);

  // A recall brings the number back to the top and announces it again.
  hubClock.advance(30_000);
  hub.execute('recallTicket', { deskId: 1, ticketId: first.id }, SYSTEM);
  await expect(display.now.getByText('A 001', { exact: true })).toBeVisible();
  await expect(display.recent.getByRole('listitem')).toHaveText([/A 002/]);
  await expect
    .poll(async () => (await spokenIn(page)).slice(3))
    .toEqual([
      { lang: 'ko-KR', text: '다시 안내해 드립니다. 에이 일 번 고객님, 종합민원실 1번 창구로 와 주십시오.' },
    ]);
});

test('the display sends visitors of an away desk to its stand-in, on screen and aloud', async ({
  page,
  hub,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.addInitScript(captureSpeech);
  const display = displayScreen(page);
  await display.goto();
  await display.enableSound.click();

  hub.execute('setDeskAway', { deskId: 5, reason: 'fieldWork', standInDeskId: 6 }, SYSTEM);
  await expect(page.getByRole('region', { name: '자리 비움' })).toContainText(
    '주민복지과 1번 창구 부재 — 주민복지과 2번 창구로 가세요',
  );

  const { ticket } = hub.execute('issueTicket', { departmentId: WELFARE }, SYSTEM);
  hub.execute('checkIn', { deskId: 5, code: ticket.code }, SYSTEM);
  await expect(display.now.getByText('C 001', { exact: true })).toBeVisible();
  await expect(display.now).toContainText('주민복지과 2번 창구');
  await expect(display.now).toContainText('주민복지과 1번 창구 업무를 대신합니다');
  await expect
    .poll(() => spokenIn(page))
    .toEqual([
      {
        lang: 'ko-KR',
        text: '씨 일 번 고객님, 주민복지과 2번 창구로 와 주십시오. 주민복지과 1번 창구 업무를 대신 처리합니다.',
      },
    ]);

  hub.execute('returnToDesk', { deskId: 5 }, SYSTEM);
  await expect(page.getByRole('region', { name: '자리 비움' })).toHaveCount(0);
});

test('a display that loses the hub catches up by itself and announces the call it missed', async ({
  page,
  hub,
}) => {
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
  await page.addInitScript(captureSpeech);
  const display = displayScreen(page);
  await display.goto();
  await display.enableSound.click();
  const status = page.getByRole('banner').getByText(/실시간 연결|다시 연결하는 중|연결 중/);
  await expect(status).toHaveText('실시간 연결');

  hubReachable = false;
  for (const socket of connections.splice(0)) await socket.close();
  await expect(status).toHaveText('다시 연결하는 중');
  hub.execute('issueTicket', { departmentId: CIVIL_AFFAIRS }, SYSTEM);
  hub.execute('callNext', { deskId: 1 }, SYSTEM);
  await expect(display.now).toContainText('잠시만 기다려 주세요');

  hubReachable = true;
  await expect(status).toHaveText('실시간 연결', { timeout: 10_000 });
  await expect(display.now.getByText('A 001', { exact: true })).toBeVisible();
  await expect.poll(async () => (await spokenIn(page)).map((u) => u.lang)).toEqual(['ko-KR']);
});

test('screenshots: the guide desk and the display at 1920×1080', async ({ page, hub, hubClock }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const guide = guideActor(hub);
  const issue = (departmentId: number, language: 'ko' | 'en' = 'ko') =>
    hub.execute('issueTicket', { departmentId, language }, SYSTEM).ticket;

  // Delivered earlier this morning; then two open: one under way, one just in.
  const elderly = issue(TAX);
  const done = hub.execute(
    'requestEscort',
    {
      kind: 'escort',
      reason: 'elderly',
      ticketId: elderly.id,
    },
    SYSTEM,
  ).request;
  hubClock.advance(50_000);
  hub.execute('acceptEscort', { requestId: done.id }, guide);
  hubClock.advance(130_000);
  hub.execute('deliverEscort', { requestId: done.id }, guide);
  hubClock.advance(240_000);
  const wheelchair = issue(WELFARE, 'en');
  const underWay = hub.execute(
    'requestEscort',
    {
      kind: 'escort',
      reason: 'wheelchair',
      ticketId: wheelchair.id,
      language: 'en',
    },
    SYSTEM,
  ).request;
  hubClock.advance(35_000);
  hub.execute('acceptEscort', { requestId: underWay.id }, guide);
  hubClock.advance(60_000);
  hub.execute('requestEscort', { kind: 'callStaff', reason: 'lowVision', language: 'ko' }, SYSTEM);
  hubClock.advance(42_000);

  // The screen's own clock stands still, so its clocks show exactly the hub's elapsed times.
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 1000);
  const guideDesk = guideScreen(page);
  await guideDesk.goto();
  await guideDesk.signIn();
  await expect(guideDesk.requests.getByRole('listitem')).toHaveCount(2);
  await expect(guideDesk.request('C 001').getByRole('timer')).toHaveText('2:17');
  await expect(guideDesk.delivered.getByRole('listitem')).toHaveCount(1);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: resolve(shots, 'guide.png'), animations: 'disabled' });

  // The display: several calls across departments, one desk away with a stand-in.
  for (const departmentId of [CIVIL_AFFAIRS, CIVIL_AFFAIRS, CIVIL_AFFAIRS, CIVIL_AFFAIRS, TAX, TAX, TAX]) {
    issue(departmentId, departmentId === TAX ? 'en' : 'ko');
  }
  for (let i = 0; i < 6; i++) issue([CIVIL_AFFAIRS, TAX, 7, 7][i % 4]!);
  hub.execute('setDeskAway', { deskId: 4, reason: 'meeting', standInDeskId: 3 }, SYSTEM);
  for (const deskId of [1, 3, 2, 3, 1, 2]) {
    hubClock.advance(40_000);
    hub.execute('callNext', { deskId }, SYSTEM);
  }
  hubClock.advance(20_000);
  hub.execute('callNext', { deskId: 13 }, SYSTEM);

  const display = displayScreen(page);
  await display.goto();
  await expect(display.now.getByText('G 001', { exact: true })).toBeVisible();
  await expect(display.recent.getByRole('listitem')).toHaveCount(6);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: resolve(shots, 'display.png'), animations: 'disabled' });
});
