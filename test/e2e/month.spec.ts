import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { demoStaff } from '../../server/demo/inje-office';
import type { Hub } from '../../server/hub/hub';
import { SYSTEM } from '../../server/hub/system-actor';
import type { FakeClock } from '../support/fake-clock';
import { expect, test } from '../support/hub-fixture';

const CIVIL = 1; // 종합민원실, queue desks 1 and 2; the demo office keeps 인제군's 10-second target
const TAX = 2;
const manager = demoStaff.find((s) => s.role === 'manager')!;
const shots = resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots');
const seoul = (day: string, time: string) => Date.parse(`${day}T${time}+09:00`);

/** The weekdays of November 2026 up to Monday the 23rd ("today"), the days a 민원실 opens. */
const workDays = Array.from({ length: 23 }, (_, i) => `2026-11-${String(i + 1).padStart(2, '0')}`).filter(
  (day) => ![0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay()),
);

/** One visit at desk `deskId`, its time to attend `attendMs` against the 10-second target. */
function serve(hub: Hub, clock: FakeClock, departmentId: number, deskId: number, attendMs: number) {
  const { ticket } = hub.execute('issueTicket', { departmentId }, SYSTEM);
  clock.advance(45_000);
  hub.execute('callTicket', { deskId, ticketId: ticket.id }, SYSTEM);
  clock.advance(attendMs);
  hub.execute('acknowledgeArrival', { deskId, ticketId: ticket.id }, SYSTEM);
  clock.advance(4 * 60_000);
  hub.execute('finishService', { deskId, ticketId: ticket.id }, SYSTEM);
}

/**
 * A month of a small office: on each weekday four visits at 종합민원실 (one of them late on every
 * fifth day) and one at 세무회계과; the manager opens the screen on the 23rd at 11:00.
 */
function workTheMonth(hub: Hub, clock: FakeClock) {
  workDays.forEach((day, i) => {
    clock.set(seoul(day, '09:10:00'));
    for (const ms of [3_000, 6_000, 9_000, i % 5 === 0 ? 25_000 : 7_000]) serve(hub, clock, CIVIL, 1, ms);
    serve(hub, clock, TAX, 3, 4_000);
  });
  clock.set(seoul('2026-11-23', '11:00:00'));
}

async function signIn(page: Page, path = '/manager') {
  await page.goto(path);
  const form = page.getByRole('region', { name: '관리자 로그인' });
  await form.getByRole('textbox', { name: '직원 아이디' }).fill(manager.login);
  await form.getByLabel('PIN').fill(manager.pin);
  await form.getByRole('button', { name: '로그인' }).click();
  await expect(form).toHaveCount(0);
}

test.use({ viewport: { width: 1366, height: 768 } });

test('the month so far, day by day, then last month and a range the hub would refuse', async ({
  page,
  hub,
  hubClock,
}) => {
  workTheMonth(hub, hubClock);
  await signIn(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('서비스 이행 현황');
  await expect(page.getByText('2026-11-01 ~ 2026-11-23 · 23일')).toBeVisible();
  const days = page.getByRole('region', { name: '일별' });
  const rows = days.locator('tbody').getByRole('row');
  await expect(rows).toHaveCount(16);
  // Monday the 2nd: 5 visits, attend times 3, 4, 6, 9, 25 s → median 6 s, 4 of 5 within 10 s.
  await expect(rows.first().getByRole('rowheader')).toHaveText('2026-11-02 (월)');
  await expect(rows.first().getByRole('cell')).toHaveText([
    '5',
    '5',
    '0',
    '0:06.0',
    '0:25.0',
    '80%',
    '0:45.0',
    '—',
    '1',
    '0',
  ]);
  // The month: 16 days × 5 visits; a late visit on 4 days (the 2nd, 9th, 16th and 23rd).
  const total = days.locator('tfoot').getByRole('row');
  await expect(total.getByRole('cell').first()).toHaveText('80');
  await expect(total.getByRole('cell').nth(5)).toHaveText('95%');
  await expect(total.getByRole('cell').nth(8)).toHaveText('4');
  const tiles = page.getByRole('region', { name: '주요 수치' });
  await expect(tiles).toContainText('80');
  await expect(tiles).toContainText('지금 대기');
  const picker = page.getByRole('region', { name: '기간' });
  await expect(picker.getByRole('button', { name: '이번 달' })).toHaveAttribute('aria-pressed', 'true');
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: resolve(shots, 'month-dashboard.png') });
  await page.screenshot({ path: resolve(shots, 'month-dashboard-full.png'), fullPage: true });

  // October had no visit: a settled period, nothing waiting to show.
  await picker.getByRole('button', { name: '지난 달' }).click();
  await expect(page).toHaveURL(/from=2026-10-01&to=2026-10-31/);
  await expect(page.getByText('2026-10-01 ~ 2026-10-31 · 31일')).toBeVisible();
  await expect(page.getByText('지난 기간이라 수치가 더 바뀌지 않습니다.')).toBeVisible();
  await expect(tiles).not.toContainText('지금 대기');
  await expect(days).toContainText('이 기간에는 방문이 없습니다.');

  // An end before the start is refused on the screen, in words, before the hub is asked.
  await picker.getByLabel('시작일').fill('2026-11-20');
  await picker.getByLabel('종료일').fill('2026-11-10');
  await expect(picker.getByRole('alert')).toHaveText('종료일이 시작일보다 앞입니다.');
  await page.screenshot({ path: resolve(shots, 'month-range-refused.png') });
  await picker.getByLabel('시작일').fill('2025-11-01');
  await expect(picker.getByRole('alert')).toHaveText('한 번에 366일까지 볼 수 있습니다. 기간을 줄이세요.');
  await picker.getByRole('button', { name: '오늘' }).click();
  await expect(picker.getByRole('alert')).toHaveCount(0);
  await expect(page.getByText('2026-11-23 하루의 수치입니다.')).toBeVisible();
  await expect(days).toHaveCount(0);
});

test('the dashboard prints the month on one A4 page, every table whole', async ({
  page,
  hub,
  hubClock,
}, info) => {
  workTheMonth(hub, hubClock);
  await signIn(page, '/manager?from=2026-11-01&to=2026-11-23');
  await expect(page.getByRole('region', { name: '일별' }).locator('tbody').getByRole('row')).toHaveCount(16);
  const pdf = await page.pdf({ format: 'A4' });
  const path = info.outputPath('month.pdf');
  writeFileSync(path, pdf);
  const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1];
  expect(pages).toBe('1');
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  // The heading, the first and last day, the month's total row and the departments are all on it.
  expect(text).toContain('서비스 이행 현황');
  expect(text).toMatch(/2026-11-01 ~ 2026-11-23/);
  expect(text).toMatch(/2026-11-02 \(월\)\s+5\s+5/);
  expect(text).toMatch(/2026-11-23 \(월\)\s+5\s+5/);
  expect(text).toMatch(/합계\s+80\s+80/);
  expect(text).toContain('세무회계과');
  // The screen's own controls stay off paper.
  expect(text).not.toContain('지난 달');
  expect(text).not.toContain('인쇄 (A4 한 장)');
  mkdirSync(shots, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', path, resolve(shots, 'month-print')]);
});

test('the ledger says who approved and paid, downloads as CSV and XLSX, and prints', async ({
  page,
  hub,
  hubClock,
}, info) => {
  // The demo office defines its staff in order: desk.kim, guide.park, manager.lee.
  const asManager = { kind: 'staff', staffId: 3, role: 'manager', deskId: null } as const;
  const { ticket } = hub.execute('issueTicket', { departmentId: CIVIL }, SYSTEM);
  hub.execute('callTicket', { deskId: 1, ticketId: ticket.id }, SYSTEM);
  hub.execute('acknowledgeArrival', { deskId: 1, ticketId: ticket.id }, SYSTEM);
  hub.execute('finishService', { deskId: 1, ticketId: ticket.id }, SYSTEM);
  hubClock.advance(60 * 60_000);
  const repeat = hub.execute('issueTicket', { departmentId: CIVIL, repeatOfCode: ticket.code }, SYSTEM);
  const { compensation } = hub.execute(
    'judgeRepeatVisit',
    { deskId: 1, ticketId: repeat.ticket.id, staffError: true, reason: '구비서류 안내 누락' },
    SYSTEM,
  );
  hubClock.set(seoul('2026-11-23', '11:20:00'));
  hub.execute('approveCompensation', { compensationId: compensation!.id }, asManager);
  hubClock.set(seoul('2026-11-23', '15:45:00'));
  hub.execute(
    'markCompensationPaid',
    { compensationId: compensation!.id, reference: '문화상품권 1234-5678' },
    asManager,
  );

  await signIn(page, '/manager/ledger');
  const row = page.getByRole('region', { name: '보상 내역' }).getByRole('row', { name: /A 002/ });
  await expect(row).toContainText(`승인 ${manager.name} · 2026-11-23 11:20`);
  await expect(row).toContainText(`지급 ${manager.name} · 2026-11-23 15:45`);
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: resolve(shots, 'month-ledger.png') });

  const files = page.getByRole('group', { name: '내려받기' });
  for (const [button, name] of [
    ['CSV', 'compensations_2026-11.csv'],
    ['엑셀 (XLSX)', 'compensations_2026-11.xlsx'],
  ] as const) {
    const download = page.waitForEvent('download');
    await files.getByRole('button', { name: button }).click();
    expect((await download).suggestedFilename()).toBe(name);
    await expect(page.getByRole('status').filter({ hasText: name })).toBeVisible();
  }

  const path = info.outputPath('ledger.pdf');
  writeFileSync(path, await page.pdf({ format: 'A4' }));
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  expect(text).toContain('2026-11 보상 대장 · 인제군');
  expect(text).toContain(`지급 ${manager.name} · 2026-11-23 15:45`);
  // The buttons to approve or pay, the month picker and the download buttons are not on paper.
  expect(text).not.toContain('엑셀 (XLSX)');
  expect(text).not.toContain('처리');
  execFileSync('pdftoppm', ['-png', '-r', '70', '-singlefile', path, resolve(shots, 'month-ledger-print')]);
});

test('figures per staff member appear on the dashboard only once the office turns them on', async ({
  page,
  hub,
  hubClock,
}) => {
  const asManager = { kind: 'staff', staffId: 3, role: 'manager', deskId: null } as const;
  for (const ms of [4_000, 12_000]) {
    const { ticket } = hub.execute('issueTicket', { departmentId: CIVIL }, SYSTEM);
    hub.execute('callTicket', { deskId: 1, ticketId: ticket.id }, asManager);
    hubClock.advance(ms);
    hub.execute('acknowledgeArrival', { deskId: 1, ticketId: ticket.id }, asManager);
    hub.execute('finishService', { deskId: 1, ticketId: ticket.id }, asManager);
  }
  await signIn(page);
  await expect(page.getByRole('region', { name: '주요 수치' })).toBeVisible();
  await expect(page.getByRole('region', { name: '직원별' })).toHaveCount(0);

  await page.getByRole('link', { name: '대장 내려받기' }).click();
  const settings = page.getByRole('region', { name: '보고서 설정' });
  await settings.getByRole('checkbox', { name: /직원별 수치 보기/ }).check();
  await expect(settings.getByRole('checkbox', { name: /직원별 수치 보기/ })).toBeChecked();
  await expect(settings.getByRole('checkbox', { name: /결재란/ })).not.toBeChecked();
  mkdirSync(shots, { recursive: true });
  await settings.screenshot({ path: resolve(shots, 'month-report-settings.png') });

  await page.getByRole('link', { name: '이행 현황' }).click();
  const staff = page.getByRole('region', { name: '직원별' });
  await expect(
    staff
      .getByRole('row', { name: new RegExp(manager.name) })
      .getByRole('cell')
      .first(),
  ).toHaveText('2');
});
