import { resolve } from 'node:path';
import type { Hub } from '../../server/hub/hub';
import { formatTicketCode } from '../../shared/numbering/ticket-code';
import { expect, test } from '../support/hub-fixture';
import { recordSpeech, spoken } from '../support/kiosk';
import { deskScreen } from '../support/screens';
import { SYSTEM } from '../../server/hub/system-actor';

const shots = resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots');
const CIVIL_AFFAIRS = 1; // 종합민원실, prefix A, queue desks 1 and 2
const TAX = 2; // 세무회계과, prefix B, queue desks 3 and 4
const WELFARE = 3; // 주민복지과, prefix C, walk-up desks 5 and 6
const seoul = (day: string, time: string) => Date.parse(`${day}T${time}+09:00`);

/**
 * Desk 1 late on a busy day: A001 called at 09:31 and still not acknowledged (its clock past
 * seven hours), A002 being served, A003 just called, and ten more waiting.
 */
function busyDesk(hub: Hub, set: (ms: number) => void): void {
  set(seoul('2026-11-23', '09:30:00'));
  const issue = () => hub.execute('issueTicket', { departmentId: CIVIL_AFFAIRS }, SYSTEM).ticket;
  const first = issue();
  set(seoul('2026-11-23', '09:31:00'));
  hub.execute('callTicket', { deskId: 1, ticketId: first.id }, SYSTEM);
  set(seoul('2026-11-23', '16:50:00'));
  const second = issue();
  const third = issue();
  for (let i = 0; i < 10; i++) issue();
  hub.execute('callTicket', { deskId: 1, ticketId: second.id }, SYSTEM);
  set(seoul('2026-11-23', '16:50:04'));
  hub.execute('acknowledgeArrival', { deskId: 1, ticketId: second.id }, SYSTEM);
  set(seoul('2026-11-23', '17:06:40'));
  hub.execute('callTicket', { deskId: 1, ticketId: third.id }, SYSTEM);
  set(seoul('2026-11-23', '17:06:46'));
}

// Office PCs: 1366×768 and 1280×720 screens, as a full-screen window and in a browser whose
// tabs and address bar take 111 px of the height.
const officeScreens = [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
  { width: 1366, height: 657 },
  { width: 1280, height: 609 },
];

test('every visitor at the desk, their clock and their button are in view on office screens', async ({
  page,
  hub,
  hubClock,
}) => {
  busyDesk(hub, (ms) => {
    hubClock.set(ms);
  });
  await page.setViewportSize(officeScreens[0]!);
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 1000);
  const desk = deskScreen(page);
  await desk.goto(1);
  await desk.signIn();
  await expect(desk.arrivals.getByRole('listitem')).toHaveCount(3);
  await expect(desk.arrival('A 001').getByRole('timer')).toHaveText('7:35:46.0');
  await page.evaluate(() => document.fonts.ready);
  for (const viewport of officeScreens) {
    await page.setViewportSize(viewport);
    const size = `${viewport.width}×${viewport.height}`;
    await page.screenshot({ path: resolve(shots, `desk-${viewport.width}x${viewport.height}.png`) });
    expect(await page.evaluate(() => [window.scrollX, window.scrollY]), size).toEqual([0, 0]);
    for (const number of ['A 001', 'A 002', 'A 003']) {
      const card = desk.arrival(number);
      const parts = [
        card.locator('.attend-clock, .recorded'),
        card.getByRole('button', { name: /응대 시작|응대 완료/ }),
        // The verdict is read with the time: a long breached time must not push it out of its box.
        card.locator('.verdict'),
      ];
      for (const part of parts) {
        const box = (await part.boundingBox())!;
        expect(box, `${number} at ${size}`).not.toBeNull();
        expect(box.y, `${number} at ${size}`).toBeGreaterThanOrEqual(0);
        expect(box.x, `${number} at ${size}`).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height, `${number} at ${size}`).toBeLessThanOrEqual(viewport.height);
        expect(box.x + box.width, `${number} at ${size}`).toBeLessThanOrEqual(viewport.width);
      }
      const clock = (await parts[0]!.boundingBox())!;
      const verdict = (await parts[2]!.boundingBox())!;
      expect(verdict.x + verdict.width, `${number}'s verdict at ${size}`).toBeLessThanOrEqual(
        clock.x + clock.width,
      );
    }
    // Nothing on the page is wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth), size).toBeLessThanOrEqual(
      viewport.width,
    );
  }
});

test('N right after signing in calls, though the code field has the focus', async ({ page, hub }) => {
  const first = hub.execute('issueTicket', { departmentId: CIVIL_AFFAIRS }, SYSTEM).ticket;
  const desk = deskScreen(page);
  await desk.goto(1);
  await desk.signIn();
  // The code field has the focus after signing in, for the scanner; N still calls.
  await expect(desk.codeInput).toBeFocused();
  await page.keyboard.press('n');
  await expect(desk.status).toHaveText('A 001 번호를 호출했습니다.');
  await expect(desk.codeInput).toHaveValue('');
  expect(hub.deskState(1).atDesk.map((t) => t.id)).toEqual([first.id]);
  // The field takes digits and dashes only, whatever is typed or pasted into it.
  await desk.codeInput.fill('12a3-4ㅁ5');
  await expect(desk.codeInput).toHaveValue('123-45');
});

test('A right after a scanner’s Enter acknowledges the visitor it checked in, and the next scan reads clean', async ({
  page,
  hub,
}) => {
  const welfare = hub.execute('issueTicket', { departmentId: WELFARE }, SYSTEM).ticket;
  const later = hub.execute('issueTicket', { departmentId: WELFARE }, SYSTEM).ticket;
  const desk = deskScreen(page);
  await desk.goto(5);
  // The clerk works at 종합민원실; the manager may work at any desk.
  await desk.signInForm.getByRole('textbox', { name: '직원 아이디' }).fill('manager.lee');
  await desk.signInForm.getByLabel('PIN').fill('1357');
  await desk.signInForm.getByRole('button', { name: '로그인' }).click();
  await expect(desk.codeInput).toBeFocused();
  // A keyboard-wedge scanner types the nine digits and Enter; staff press A at once.
  await page.keyboard.type(`${welfare.code}\n`);
  await page.keyboard.press('a');
  await expect(desk.status).toHaveText('C 001 응대를 시작했습니다.');
  expect(hub.deskState(5).atDesk.map((t) => [t.number, t.status])).toEqual([['C001', 'acknowledged']]);
  await expect(desk.codeInput).toHaveValue('');
  await page.keyboard.type(`${formatTicketCode(later.code)}\n`);
  await expect(desk.status).toHaveText('C 002 번호를 접수했습니다.');
});

test('A pressed while a recall is still on its way is carried out after it, never dropped', async ({
  page,
  hub,
}) => {
  const ticket = hub.execute('issueTicket', { departmentId: CIVIL_AFFAIRS }, SYSTEM).ticket;
  const desk = deskScreen(page);
  await desk.goto(1);
  await desk.signIn();
  await expect(desk.codeInput).toBeFocused();
  await page.keyboard.press('n');
  await expect(desk.status).toHaveText('A 001 번호를 호출했습니다.');

  // The hub's answer to the recall is held back until the test lets it go.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const sent: string[] = [];
  page.on('request', (request) => {
    const name = /\/commands\/(\w+)$/.exec(request.url())?.[1];
    if (name) sent.push(name);
  });
  await page.route('**/api/v1/commands/recallTicket', async (route) => {
    await held;
    await route.continue();
  });
  await page.keyboard.press('r');
  await expect.poll(() => sent).toEqual(['recallTicket']);
  await page.keyboard.press('a');
  // Queued behind the recall: nothing else went to the hub yet, and nothing was dropped.
  await expect(desk.arrival('A 001').getByRole('button', { name: /응대 시작/ })).toBeDisabled();
  expect(sent).toEqual(['recallTicket']);
  release();
  await expect(desk.status).toHaveText('A 001 응대를 시작했습니다.');
  expect(sent).toEqual(['recallTicket', 'acknowledgeArrival']);
  expect(hub.deskState(1).atDesk).toEqual([
    expect.objectContaining({ id: ticket.id, status: 'acknowledged', callCount: 2 }),
  ]);
});

test('a key with nothing to act on says so, on screen and aloud', async ({ page }) => {
  await recordSpeech(page);
  const desk = deskScreen(page);
  await desk.goto(1);
  await desk.signIn();
  await expect(desk.codeInput).toBeFocused();
  await page.keyboard.press('a');
  await expect(desk.status).toHaveText('응대를 시작할 방문객이 없습니다.');
  await page.keyboard.press('r');
  await expect(desk.status).toHaveText('다시 호출할 번호가 없습니다.');
  expect(await spoken(page)).toEqual([
    { text: '응대를 시작할 방문객이 없습니다.', lang: 'ko-KR' },
    { text: '다시 호출할 번호가 없습니다.', lang: 'ko-KR' },
  ]);
});

test('the next morning a desk left open overnight shows only today’s visitors, and A acknowledges today’s', async ({
  page,
  hub,
  hubClock,
}) => {
  hubClock.set(seoul('2026-11-23', '17:00:00'));
  const yesterday = hub.execute('issueTicket', { departmentId: CIVIL_AFFAIRS }, SYSTEM).ticket;
  hubClock.set(seoul('2026-11-23', '17:06:46'));
  hub.execute('callTicket', { deskId: 1, ticketId: yesterday.id }, SYSTEM);
  // Late on Monday the clerk signs in (a session lasts 12 hours) and leaves the screen open.
  hubClock.set(seoul('2026-11-23', '23:50:00'));
  const desk = deskScreen(page);
  await desk.goto(1);
  await desk.signIn();
  await expect(desk.codeInput).toBeFocused();
  await expect(desk.arrival('A 001').getByText('목표 초과')).toBeVisible();

  // Tuesday 09:00: the first ticket of the day; the hub closes Monday's visits first.
  hubClock.set(seoul('2026-11-24', '09:00:00'));
  const today = hub.execute('issueTicket', { departmentId: CIVIL_AFFAIRS }, SYSTEM).ticket;
  await expect(desk.arrivals.getByRole('listitem')).toHaveCount(0);
  await expect(desk.waiting.getByRole('listitem')).toHaveText([/A 001/]);
  await page.keyboard.press('n');
  await expect(desk.status).toHaveText('A 001 번호를 호출했습니다.');
  await expect(desk.arrivals.getByRole('listitem')).toHaveCount(1);
  hubClock.advance(3_000);
  await page.keyboard.press('a');
  await expect(desk.status).toHaveText('A 001 응대를 시작했습니다.');
  expect(hub.deskState(1).atDesk.map((t) => [t.id, t.status])).toEqual([[today.id, 'acknowledged']]);
  const closed = hub.eventsAfter(0, 1000).find((e) => e.type === 'visitsClosedAtDayEnd');
  expect(closed && 'tickets' in closed ? closed.tickets.map((t) => [t.id, t.status]) : null).toEqual([
    [yesterday.id, 'closedAtDayEnd'],
  ]);
});

test('a transferred visitor is a row in each department, and each department’s row adds up', async ({
  page,
  hub,
}) => {
  const moving = hub.execute('issueTicket', { departmentId: CIVIL_AFFAIRS }, SYSTEM).ticket;
  const served = hub.execute('issueTicket', { departmentId: CIVIL_AFFAIRS }, SYSTEM).ticket;
  hub.execute('callTicket', { deskId: 1, ticketId: moving.id }, SYSTEM);
  hub.execute(
    'transferTicket',
    {
      deskId: 1,
      ticketId: moving.id,
      toDepartmentId: TAX,
      note: '자동차세 문의',
    },
    SYSTEM,
  );
  hub.execute('callTicket', { deskId: 2, ticketId: served.id }, SYSTEM);
  hub.execute('acknowledgeArrival', { deskId: 2, ticketId: served.id }, SYSTEM);
  hub.execute('finishService', { deskId: 2, ticketId: served.id }, SYSTEM);

  await page.goto('/manager');
  const signIn = page.getByRole('region', { name: '관리자 로그인' });
  await signIn.getByRole('textbox', { name: '직원 아이디' }).fill('manager.lee');
  await signIn.getByLabel('PIN').fill('1357');
  await signIn.getByRole('button', { name: '로그인' }).click();
  const byDepartment = page.getByRole('region', { name: '부서별' });
  const headers = byDepartment.getByRole('columnheader');
  await expect(headers.nth(6)).toHaveText('업무 종료 마감');
  expect((await headers.allTextContents()).slice(1, 7)).toEqual([
    '방문',
    '지금 대기',
    '처리 완료',
    '부재',
    '이관',
    '업무 종료 마감',
  ]);
  const counts = async (department: RegExp) =>
    (await byDepartment.getByRole('row', { name: department }).getByRole('cell').allTextContents()).slice(
      0,
      6,
    );
  // 종합민원실: 2 visitors = 1 served + 1 transferred on; 세무회계과: the transferred visitor, waiting.
  expect(await counts(/종합민원실/)).toEqual(['2', '0', '1', '0', '1', '0']);
  expect(await counts(/세무회계과/)).toEqual(['1', '1', '0', '0', '0', '0']);
});

test('unticking every weekday saves nothing and says why; around the clock and 24:00 are chosen outright', async ({
  page,
  hub,
}) => {
  await page.setViewportSize({ width: 1280, height: 1024 });
  await page.goto('/manager/setup');
  const signIn = page.getByRole('region', { name: '관리자 로그인' });
  await signIn.getByRole('textbox', { name: '직원 아이디' }).fill('manager.lee');
  await signIn.getByLabel('PIN').fill('1357');
  await signIn.getByRole('button', { name: '로그인' }).click();
  const hours = page.getByRole('region', { name: '운영 시간과 휴무일' });
  const week = hours.getByRole('form', { name: '요일별 운영 시간' });
  const before = hub.office().hours.week;
  expect(before).toHaveLength(5);

  for (const day of ['월요일', '화요일', '수요일', '목요일', '금요일']) {
    await week.getByRole('checkbox', { name: `${day} 운영` }).uncheck();
  }
  await week.getByRole('button', { name: '운영 시간 저장' }).click();
  await expect(week.getByRole('alert')).toContainText('운영하는 요일을 하나 이상 고르거나');
  await expect(hours.getByText('저장했습니다')).toHaveCount(0);
  expect(hub.office().hours.week).toEqual(before);

  // Friday open until midnight.
  await week.getByRole('checkbox', { name: '금요일 운영' }).check();
  await week.getByRole('checkbox', { name: '금요일 자정(24:00)까지 운영' }).check();
  await expect(week.getByLabel('금요일 마감 시각')).toBeDisabled();
  await expect(week.getByLabel('금요일 마감 시각')).toHaveValue('24:00');
  await week.getByRole('button', { name: '운영 시간 저장' }).click();
  await expect(hours.getByRole('status')).toContainText('저장했습니다');
  expect(hub.office().hours.week).toEqual([{ weekday: 5, opensMinute: 9 * 60, closesMinute: 24 * 60 }]);
  await page.evaluate(() => document.fonts.ready);
  await week.screenshot({ path: resolve(shots, 'manager-hours-week.png') });

  await week.getByRole('checkbox', { name: /24시간 운영/ }).check();
  await week.getByRole('button', { name: '운영 시간 저장' }).click();
  await expect.poll(() => hub.office().hours.week).toEqual([]);
  hub.execute('setHoliday', { day: '2026-12-25', nameKo: '성탄절' }, SYSTEM);
  expect(hub.office().status).toMatchObject({ open: true });
});

test('on a holiday the kiosk names it and says when the office opens', async ({ page, hub, hubClock }) => {
  hub.execute('setHoliday', { day: '2026-12-25', nameKo: '성탄절' }, SYSTEM);
  hubClock.set(seoul('2026-12-25', '10:00:00'));
  await page.goto('/kiosk');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('오늘은 성탄절로 쉽니다');
  await expect(page.getByText('12월 28일 (월) 09:00에 문을 엽니다.')).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Closed today for 성탄절');
});

test('a new desk asks for its mode instead of copying the last desk’s, and a blank task row blocks nothing', async ({
  page,
  hub,
}) => {
  await page.setViewportSize({ width: 1280, height: 1024 });
  await page.goto('/manager/setup');
  const signIn = page.getByRole('region', { name: '관리자 로그인' });
  await signIn.getByRole('textbox', { name: '직원 아이디' }).fill('manager.lee');
  await signIn.getByLabel('PIN').fill('1357');
  await signIn.getByRole('button', { name: '로그인' }).click();

  // The demo's last desk is a walk-up desk of 주민복지과; the new one must not silently be one too.
  const desks = page.getByRole('region', { name: '창구', exact: true });
  await desks.getByRole('button', { name: '창구 추가' }).click();
  const deskEditor = desks.getByRole('group', { name: '새 창구' });
  await expect(deskEditor.getByRole('radio', { checked: true })).toHaveCount(0);
  await deskEditor.getByLabel('창구 이름 (한국어)').fill('주민복지과 3번 창구');
  await deskEditor.getByLabel('창구 이름 (영어)').fill('Welfare desk 3');
  const before = hub.office().desks.length;
  await deskEditor.getByRole('button', { name: '창구 저장' }).click();
  await expect(deskEditor.getByRole('alert')).toContainText('번호를 호출하는지');
  expect(hub.office().desks).toHaveLength(before);
  await deskEditor.getByRole('radio', { name: /번호 호출/ }).check();
  await expect(deskEditor.getByRole('alert')).toHaveCount(0);
  await deskEditor.getByRole('button', { name: '창구 저장' }).click();
  await expect(desks.getByRole('group', { name: '주민복지과 3번 창구 수정' }).getByRole('status')).toHaveText(
    '저장했습니다.',
  );
  expect(hub.office().desks.at(-1)).toMatchObject({ nameKo: '주민복지과 3번 창구', mode: 'queue' });

  // An "add task" pressed once too often leaves a blank row: saving drops it without a browser tooltip.
  const departments = page.getByRole('region', { name: '부서와 창구' });
  await departments.getByRole('button', { name: '부서 추가' }).click();
  const editor = departments.getByRole('group', { name: '새 부서' });
  await editor.getByLabel('부서 이름 (한국어)').fill('여권민원과');
  await editor.getByLabel('부서 이름 (영어)').fill('Passport Office');
  await editor.getByLabel('번호 머리글자').fill('P');
  await editor.getByLabel('층 (한국어)').fill('2층');
  await editor.getByLabel('전화번호').fill('033-460-2100');
  await editor.getByLabel('찾아가는 길 (한국어)').fill('본관 2층 계단 옆');
  await editor.getByLabel('찾아가는 길 (영어)').fill('Main building, 2nd floor, by the stairs');
  await editor.getByLabel('업무 1 업무 이름 (한국어)').fill('여권 발급');
  await editor.getByLabel('업무 1 업무 이름 (영어)').fill('Passport issuance');
  await editor.getByRole('button', { name: '업무 추가' }).click();
  await editor.getByRole('button', { name: '부서 저장' }).click();
  await expect(departments.getByRole('group', { name: '여권민원과 수정' }).getByRole('status')).toHaveText(
    '저장했습니다.',
  );
  const passport = hub.office().departments.find((d) => d.prefix === 'P');
  expect(passport?.nameKo).toBe('여권민원과');
});
