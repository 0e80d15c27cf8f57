import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { Hub } from '../../server/hub/hub';
import { demoStaff } from '../../server/demo/inje-office';
import { displayTicketNumber } from '../../shared/numbering/ticket-number';
import type { FakeClock } from '../support/fake-clock';
import { expect, test } from '../support/hub-fixture';
import { deskScreen } from '../support/screens';
import { SYSTEM } from '../../server/hub/system-actor';

const CIVIL_AFFAIRS = 1; // 종합민원실, queue desks 1 and 2; the demo office keeps 인제군's 10-second target
const manager = demoStaff.find((s) => s.role === 'manager')!;
const clerk = demoStaff.find((s) => s.role === 'desk')!;
const shots = resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

/** The manager's screens as a manager sees them, in Korean. */
function managerScreen(page: Page) {
  const signInForm = page.getByRole('region', { name: '관리자 로그인' });
  const tiles = page.getByRole('region', { name: '주요 수치' });
  return {
    goto: async (path = '') => {
      await page.goto(`/manager${path}`);
      await signInForm.getByRole('textbox', { name: '직원 아이디' }).fill(manager.login);
      await signInForm.getByLabel('PIN').fill(manager.pin);
      await signInForm.getByRole('button', { name: '로그인' }).click();
      await expect(signInForm).toHaveCount(0);
    },
    /** A headline figure's value, found by its label. */
    tile: (label: string) =>
      tiles
        .locator('div')
        .filter({ has: page.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) }) })
        .getByRole('definition'),
    clocks: page.getByRole('region', { name: '시간 기준' }),
    ledger: page.getByRole('region', { name: '보상 내역' }),
    totals: page.getByRole('region', { name: '이 달의 합계' }),
  };
}

/** A visit served at desk 1 whose time-to-attend is `attendMs`. */
function serveVisit(hub: Hub, clock: FakeClock, attendMs: number) {
  const { ticket } = hub.execute('issueTicket', { departmentId: CIVIL_AFFAIRS }, SYSTEM);
  clock.advance(40_000);
  hub.execute('callNext', { deskId: 1 }, SYSTEM);
  clock.advance(attendMs);
  hub.execute('acknowledgeArrival', { deskId: 1, ticketId: ticket.id }, SYSTEM);
  clock.advance(90_000);
  hub.execute('finishService', { deskId: 1, ticketId: ticket.id }, SYSTEM);
  return ticket;
}

test('the dashboard shows today’s figures as the hub counts them, and follows new visits', async ({
  page,
  hub,
  hubClock,
}) => {
  // Times to attend of 4 s, 8 s and 20 s against 10 s: median 8 s, one breach, 2 of 3 within.
  for (const ms of [4_000, 8_000, 20_000]) serveVisit(hub, hubClock, ms);
  const { ticket: noShow } = hub.execute('issueTicket', { departmentId: CIVIL_AFFAIRS }, SYSTEM);
  hub.execute('callNext', { deskId: 2 }, SYSTEM);
  hub.execute('markNoShow', { deskId: 2, ticketId: noShow.id }, SYSTEM);
  hub.execute('issueTicket', { departmentId: CIVIL_AFFAIRS }, SYSTEM);
  const screen = managerScreen(page);
  await screen.goto();

  await expect(screen.tile('방문')).toHaveText('5');
  await expect(screen.tile('지금 대기')).toHaveText('1');
  await expect(screen.tile('처리 완료')).toHaveText('3');
  await expect(screen.tile('부재')).toHaveText('1');
  await expect(screen.tile('응대 목표 준수')).toHaveText(['67%', '초과 1건']);
  const attendRow = screen.clocks.getByRole('row', { name: /응대 대기/ });
  await expect(attendRow.getByRole('cell')).toHaveText([
    '10초',
    '3',
    '0:08.0',
    '0:20.0',
    '0:20.0',
    '67% (2/3건)',
  ]);
  await expect(
    page.getByRole('region', { name: '부서별' }).getByRole('row', { name: /종합민원실/ }),
  ).toBeVisible();
  await page.screenshot({ path: resolve(shots, 'manager-dashboard.png'), fullPage: true });

  hub.execute('issueTicket', { departmentId: CIVIL_AFFAIRS }, SYSTEM);
  await expect(screen.tile('방문')).toHaveText('6');
  await expect(screen.tile('지금 대기')).toHaveText('2');
});

test('the day chart shows when the lobby was busiest and how many waited on average', async ({
  page,
  hub,
  hubClock,
}) => {
  const at = (hhmm: string) => Date.parse(`2026-11-23T${hhmm}:00+09:00`);
  serveVisit(hub, hubClock, 4_000);
  // At 11:00 six visitors take tickets at once and are called one every ten minutes: they wait
  // 0, 10, …, 50 minutes, 150 minutes in all within the hour, so 2.5 people on average.
  hubClock.set(at('11:00'));
  const rush = [1, 2, 3, 4, 5, 6].map(
    () => hub.execute('issueTicket', { departmentId: CIVIL_AFFAIRS }, SYSTEM).ticket,
  );
  for (const ticket of rush) {
    hub.execute('callNext', { deskId: 1 }, SYSTEM);
    hub.execute('acknowledgeArrival', { deskId: 1, ticketId: ticket.id }, SYSTEM);
    hubClock.advance(10 * 60_000);
    hub.execute('finishService', { deskId: 1, ticketId: ticket.id }, SYSTEM);
  }
  hubClock.set(at('14:20'));
  serveVisit(hub, hubClock, 12_000);
  hubClock.set(at('15:00'));
  const screen = managerScreen(page);
  await screen.goto();

  const chart = page.getByRole('img', { name: /가장 붐빈 때는 11시, 평균 2\.5명이 기다렸습니다\./ });
  await expect(chart).toBeVisible();
  await expect(chart.getByText('2.5명', { exact: true })).toBeVisible();
  await page
    .getByRole('region', { name: /시간대별 방문, 대기와 목표 초과/ })
    .screenshot({ path: resolve(shots, 'manager-day-chart.png') });
});

test('a new attend target applies to new visits while an earlier visit keeps its own', async ({
  page,
  browser,
  hub,
  hubUrl,
  hubClock,
}) => {
  const { ticket: earlier } = hub.execute('issueTicket', { departmentId: CIVIL_AFFAIRS }, SYSTEM);
  const screen = managerScreen(page);
  await screen.goto('/setup');
  const target = page.getByRole('textbox', { name: '응대 목표 (초)' });
  await expect(target).toHaveValue('10');
  await target.fill('30');
  await page.getByRole('button', { name: '헌장 적용' }).click();
  await expect(page.getByRole('status').filter({ hasText: '헌장을 적용했습니다' })).toBeVisible();
  await page.screenshot({ path: resolve(shots, 'manager-setup.png'), fullPage: true });

  const { ticket: later } = hub.execute('issueTicket', { departmentId: CIVIL_AFFAIRS }, SYSTEM);
  hub.execute('callNext', { deskId: 1 }, SYSTEM);
  hub.execute('callNext', { deskId: 1 }, SYSTEM);
  expect(hub.deskState(1).atDesk.map((t) => [t.number, t.attendTargetMs])).toEqual([
    [earlier.number, 10_000],
    [later.number, 30_000],
  ]);

  // 15 s at the desk: past the earlier visit's 10 s, well inside the new 30 s.
  hubClock.advance(15_000);
  const context = await browser.newContext({ baseURL: hubUrl });
  try {
    const desk = deskScreen(await context.newPage());
    await desk.goto(1);
    await desk.signInForm.getByRole('textbox', { name: '직원 아이디' }).fill(clerk.login);
    await desk.signInForm.getByLabel('PIN').fill(clerk.pin);
    await desk.signInForm.getByRole('button', { name: '로그인' }).click();
    await expect(desk.arrival(displayTicketNumber(earlier.number))).toContainText('목표 초과');
    await expect(desk.arrival(displayTicketNumber(later.number))).toContainText('목표 이내');
  } finally {
    await context.close();
  }
});

test('a manager approves a compensation and records its payment', async ({ page, hub, hubClock }) => {
  const first = serveVisit(hub, hubClock, 5_000);
  const { ticket: repeat } = hub.execute(
    'issueTicket',
    {
      departmentId: CIVIL_AFFAIRS,
      repeatOfCode: first.code,
    },
    SYSTEM,
  );
  const screen = managerScreen(page);
  await screen.goto('/ledger');
  await expect(screen.ledger).toContainText('이 달에는 보상 내역이 없습니다.');

  // The desk's verdict reaches the open ledger without a reload.
  hub.execute(
    'judgeRepeatVisit',
    {
      deskId: 1,
      ticketId: repeat.id,
      staffError: true,
      reason: '서류 안내 누락',
    },
    SYSTEM,
  );

  const row = screen.ledger.getByRole('row', { name: new RegExp(displayTicketNumber(repeat.number)) });
  await expect(row).toContainText('승인 대기');
  await expect(row).toContainText('5,000원');
  await row.getByRole('button', { name: `${repeat.number} 보상 승인` }).click();
  await expect(row).toContainText('승인됨 · 지급 전');
  await row.getByRole('button', { name: `${repeat.number} 보상 지급 완료` }).click();
  await row.getByRole('textbox', { name: '상품권 번호 또는 이체 참조' }).fill('문화상품권 1234-5678');
  await row.getByRole('button', { name: '지급 기록' }).click();
  await expect(row).toContainText('지급 완료');
  await expect(row).toContainText('문화상품권 1234-5678');
  await page.screenshot({ path: resolve(shots, 'manager-ledger.png'), fullPage: true });
  await expect(screen.totals.getByText('5,000원')).toHaveCount(1);
  expect(hub.ledger(repeat.businessDay.slice(0, 7)).totals.paid).toEqual({ count: 1, won: 5_000 });
});

test('the day’s visit log downloads as a CSV that Excel opens with Hangul intact', async ({
  page,
  hub,
  hubClock,
}) => {
  const visit = serveVisit(hub, hubClock, 6_000);
  const screen = managerScreen(page);
  await screen.goto('/export');
  await page.getByRole('radio', { name: /CSV/ }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '내려받기' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`visits_${visit.businessDay}.csv`);
  const text = readFileSync(await download.path(), 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text).toContain(visit.number);
  expect(text).toContain('종합민원실');
  await expect(page.getByRole('status').filter({ hasText: '파일을 내려받았습니다' })).toBeVisible();
  expect(text).not.toContain('담당 직원');
  await page.screenshot({ path: resolve(shots, 'manager-export.png'), fullPage: true });

  // Naming the staff is the office's choice, and it holds for every later download.
  const staffNames = page.getByRole('checkbox', { name: /직원 이름 포함/ });
  await staffNames.check();
  await expect(staffNames).toBeChecked();
  await expect(staffNames).toBeEnabled();
  expect(hub.exportSettings().includeStaffNames).toBe(true);
  await page.reload();
  await expect(staffNames).toBeChecked();
  const [named] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '내려받기' }).click(),
  ]);
  expect(readFileSync(await named.path(), 'utf8')).toContain('담당 직원');
});
