import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { formatTicketCode, ticketCodeFromRandom } from '../../shared/numbering/ticket-code';
import { expect, test } from '../support/hub-fixture';
import { recordSpeech, spoken, tabTo } from '../support/kiosk';
import { SYSTEM } from '../../server/hub/system-actor';

const CIVIL_AFFAIRS = 1;
const DAY = 24 * 60 * 60 * 1000;

const journeys = [
  {
    language: '한국어',
    lang: 'ko-KR',
    byTask: '업무로 찾기',
    task: /^전입신고/,
    heading: '번호표가 발급되었습니다',
  },
  {
    language: 'English',
    lang: 'en-US',
    byTask: 'Find by task',
    task: /^Moving-in report/,
    heading: 'Here is your ticket',
  },
  {
    language: '中文',
    lang: 'zh-CN',
    byTask: '按业务查找',
    task: /^Moving-in report/,
    heading: '号码牌已发放',
  },
  {
    language: 'Tiếng Việt',
    lang: 'vi-VN',
    byTask: 'Tìm theo công việc',
    task: /^Moving-in report/,
    heading: 'Đã phát số thứ tự',
  },
] as const;

for (const journey of journeys) {
  test(`a visitor finds 전입신고 by its initial consonants and gets a spoken ticket in ${journey.language}`, async ({
    page,
    hub,
  }) => {
    await recordSpeech(page);
    await page.goto('/kiosk');
    await page.getByRole('button', { name: journey.language, exact: true }).click();
    // The accessibility button and the voice guide, found by place: their names are in the visitor's language.
    await page.locator('.kiosk-tools__button').first().click();
    await page.locator('.kiosk-a11y__option').nth(3).click();
    await page.getByRole('button', { name: new RegExp(journey.byTask) }).click();
    await page.getByRole('searchbox').fill('ㅈㅇ');
    const tasks = page.locator('.task-list');
    await tasks.getByRole('button', { name: journey.task }).click();

    await expect(page.getByRole('heading', { name: journey.heading })).toBeVisible();
    await expect(page.getByText('A 001', { exact: true })).toBeVisible();
    await expect(page.locator('.ticket-card__qr')).toBeVisible();
    const [ticket] = hub.deskState(1).waiting;
    expect(ticket?.taskId).toEqual(expect.any(Number));

    const said = await spoken(page);
    expect(said.length).toBeGreaterThan(1);
    expect(said.every((s) => s.lang === journey.lang)).toBe(true);
    expect(said.at(-1)?.text).toContain('A 001');
  });
}

test('the whole journey works on a keyboard alone, with the focus always visible', async ({ page }) => {
  await page.goto('/kiosk');
  await tabTo(page, /업무로 찾기/);
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await tabTo(page, /업무 검색/);
  await page.keyboard.type('여권');
  await tabTo(page, /여권 발급/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: '번호표가 발급되었습니다' })).toBeFocused();
  await tabTo(page, /처음 화면으로/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('어느 부서로 가시나요?');
});

test('a visitor asks to be taken to the desk, and the guide desk gets the request', async ({ page, hub }) => {
  await page.goto('/kiosk');
  await page.getByRole('button', { name: /종합민원실/ }).click();
  await page.getByRole('button', { name: /동행 안내 요청/ }).click();
  await page.getByRole('button', { name: '휠체어 이용' }).click();
  await expect(page.getByText('안내 요원이 오고 있습니다')).toBeVisible();
  const [request] = hub.guideBoard().requests;
  expect(request).toMatchObject({ kind: 'escort', reason: 'wheelchair', language: 'ko' });
  expect(request?.ticketId).not.toBeNull();
});

test('a visitor calls staff from the home screen without a ticket', async ({ page, hub }) => {
  await page.goto('/kiosk');
  await page.getByRole('button', { name: '직원 호출 · 동행 요청' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '어르신' }).click();
  await expect(page.getByRole('dialog')).toContainText('직원을 불렀습니다');
  expect(hub.guideBoard().requests).toMatchObject([{ kind: 'callStaff', reason: 'elderly', ticketId: null }]);
});

async function claimRepeat(page: Page, code: string): Promise<void> {
  await page.goto('/kiosk');
  await page.getByRole('button', { name: /전에 같은 일로 왔어요/ }).click();
  const keypad = page.getByRole('group', { name: '숫자 키패드' });
  for (const digit of code.slice(0, 4))
    await keypad.getByRole('button', { name: digit, exact: true }).click();
  // The rest comes from the keyboard, as from a physical keypad.
  await page.keyboard.type(code.slice(4));
  await expect(page.locator('.repeat-entry output')).toHaveText(formatTicketCode(code));
  await page.getByRole('button', { name: /종합민원실/ }).click();
}

test('a repeat visit with a valid code is linked to the earlier ticket', async ({ page, hub }) => {
  const { ticket: earlier } = hub.execute('issueTicket', { departmentId: CIVIL_AFFAIRS }, SYSTEM);
  await claimRepeat(page, earlier.code);
  await expect(page.getByRole('heading', { name: '번호표가 발급되었습니다' })).toBeVisible();
  const again = hub.deskState(1).waiting.find((t) => t.number === 'A002');
  expect(again?.repeatOfTicketId).toBe(earlier.id);
});

test('an unknown or mistyped code gets a kind message and an ordinary ticket is still offered', async ({
  page,
}) => {
  await claimRepeat(page, ticketCodeFromRandom(new Uint8Array([1, 2, 3, 4])));
  await expect(page.getByRole('alert')).toContainText('이 코드로 발급된 번호표를 찾지 못했습니다');

  const valid = ticketCodeFromRandom(new Uint8Array([9, 8, 7, 6]));
  const mistyped = valid.slice(0, 8) + String((Number(valid.at(-1)) + 1) % 10);
  await claimRepeat(page, mistyped);
  await expect(page.getByRole('alert')).toContainText('코드가 맞지 않습니다');
  await page.getByRole('button', { name: '일반 번호표 받기' }).click();
  await expect(page.getByRole('heading', { name: '번호표가 발급되었습니다' })).toBeVisible();
});

test('a code older than the repeat-visit window is refused kindly', async ({ page, hub, hubClock }) => {
  const { ticket: earlier } = hub.execute('issueTicket', { departmentId: CIVIL_AFFAIRS }, SYSTEM);
  hubClock.advance(91 * DAY); // Monday again, 09:30 Seoul: the office is open
  await claimRepeat(page, earlier.code);
  await expect(page.getByRole('alert')).toContainText('재방문으로 인정하는 기간(90일)이 지났습니다');
  await page.getByRole('button', { name: '일반 번호표 받기' }).click();
  await expect(page.getByRole('heading', { name: '번호표가 발급되었습니다' })).toBeVisible();
});

test('after closing time the kiosk says when it opens and offers no ticket', async ({ page, hubClock }) => {
  hubClock.set(Date.parse('2026-11-23T18:30:00+09:00'));
  await page.goto('/kiosk');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('지금은 업무 시간이 아닙니다');
  await expect(page.getByText('내일 09:00에 문을 엽니다.')).toBeVisible();
  await expect(page.getByRole('button', { name: /종합민원실/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '직원 호출 · 동행 요청' })).toBeVisible();
});

test('the kiosk closes at closing time without a reload', async ({ page, hubClock }) => {
  hubClock.set(Date.parse('2026-11-23T17:59:50+09:00'));
  await page.clock.install({ time: Date.parse('2026-11-23T17:59:50+09:00') });
  await page.goto('/kiosk');
  await expect(page.getByRole('button', { name: /종합민원실/ })).toBeVisible();
  hubClock.set(Date.parse('2026-11-23T18:00:05+09:00'));
  await page.clock.runFor(15_000);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('지금은 업무 시간이 아닙니다');
});

function pdfWidthPt(pdf: Buffer): number {
  const match = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  if (!match) throw new Error('no MediaBox');
  return Number(match[1]);
}

for (const paper of [80, 58] as const) {
  test(`the ticket prints on ${String(paper)} mm roll paper in Korean and the visitor's language`, async ({
    page,
  }) => {
    await page.goto(paper === 58 ? '/kiosk?paper=58' : '/kiosk');
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByRole('button', { name: /^Civil Affairs Office/ }).click();
    await expect(page.getByRole('button', { name: '인쇄 / Print' })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.ticket-print')).toBeAttached();
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdfWidthPt(pdf)).toBeCloseTo((paper / 25.4) * 72, 0);
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-pdf-'));
    writeFileSync(join(dir, 'ticket.pdf'), pdf);
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'ticket.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toMatch(/A\s+001/);
    expect(text).toContain('번호표 코드');
    expect(text).toContain('Ticket code');
  });
}

test('an idle kiosk warns 30 s ahead, more time works again and again, then it resets to defaults', async ({
  page,
}) => {
  await page.clock.install();
  await page.goto('/kiosk');
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.getByRole('button', { name: 'Accessibility' }).click();
  await page.getByRole('button', { name: 'High contrast' }).click();
  await page.getByRole('button', { name: 'Find by task' }).click();

  for (let round = 0; round < 10; round++) {
    await page.clock.runFor(85_000);
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    await page.clock.runFor(10_000);
    await expect(page.getByRole('alertdialog')).toContainText('Returning to the start in');
    await page.getByRole('button', { name: 'More time' }).click();
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
  }

  await page.clock.runFor(95_000);
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await page.clock.runFor(26_000);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('어느 부서로 가시나요?');
  await expect(page.getByRole('button', { name: '한국어', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.locator('.kiosk')).not.toHaveClass(/kiosk--contrast/);
});
