import { resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { demoStaff } from '../../server/demo/inje-office';
import { formatTicketCode } from '../../shared/numbering/ticket-code';
import { displayTicketNumber } from '../../shared/numbering/ticket-number';
import { expect, test } from '../support/hub-fixture';
import { deskScreen } from '../support/screens';
import { SYSTEM } from '../../server/hub/system-actor';

const CIVIL_AFFAIRS = 1; // 종합민원실, prefix A, queue desks 1 and 2
const WELFARE = 3; // 주민복지과, prefix C, direct-service desks 5 and 6
const DAY_MS = 24 * 60 * 60 * 1000;

type Login = { login: string; pin: string };
// Desk staff are bound to the one desk they sign in at; the manager may act at any desk.
const clerk: Login = demoStaff.find((s) => s.role === 'desk')!;
const manager: Login = demoStaff.find((s) => s.role === 'manager')!;

/** The desk screen with the desk-work parts of issue 4. */
function deskWork(page: Page) {
  const base = deskScreen(page);
  const figures = page.getByRole('region', { name: '오늘 이 창구' });
  return {
    ...base,
    page,
    signInAs: async ({ login, pin }: Login) => {
      await base.signInForm.getByRole('textbox', { name: '직원 아이디' }).fill(login);
      await base.signInForm.getByLabel('PIN').fill(pin);
      await base.signInForm.getByRole('button', { name: '로그인' }).click();
      await expect(base.signInForm).toHaveCount(0);
    },
    waitingRow: (number: string) => base.waiting.getByRole('listitem').filter({ hasText: number }),
    /** One figure's value, found by its label. */
    figure: (label: string) =>
      figures
        .locator('div')
        .filter({ has: page.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) }) })
        .getByRole('definition'),
    figures,
    dialog: page.getByRole('dialog'),
    stepAway: page.getByRole('button', { name: '자리 비움', exact: true }),
    awayBanner: page.getByRole('region', { name: /^부재 중 — / }),
  };
}

/** A second desk in its own browser context: its own tab, session and event stream. */
async function openDesk(browser: Browser, hubUrl: string, deskId: number, staff: Login) {
  const context = await browser.newContext({ baseURL: hubUrl });
  const desk = deskWork(await context.newPage());
  await desk.goto(deskId);
  await desk.signInAs(staff);
  return { desk, close: () => context.close() };
}

test('two desks pressing “call next” at once get different visitors, and the desk’s figures follow', async ({
  page,
  browser,
  hub,
  hubUrl,
  hubClock,
}) => {
  for (let i = 0; i < 3; i++) hub.execute('issueTicket', { departmentId: CIVIL_AFFAIRS }, SYSTEM);
  const one = deskWork(page);
  await one.goto(1);
  await one.signInAs(clerk);
  const two = await openDesk(browser, hubUrl, 2, manager);
  await expect(one.callNext).toBeEnabled();
  await expect(two.desk.callNext).toBeEnabled();

  // Same instant at the hub: its clock stands still while both presses arrive.
  await Promise.all([one.callNext.click(), two.desk.callNext.click()]);
  const atOne = one.arrivals.getByRole('listitem');
  const atTwo = two.desk.arrivals.getByRole('listitem');
  await expect(atOne).toHaveCount(1);
  await expect(atTwo).toHaveCount(1);
  const [calledAtOne, calledAtTwo] = [1, 2].map((deskId) => hub.deskState(deskId).atDesk[0]!.number);
  expect([calledAtOne, calledAtTwo].sort()).toEqual(['A001', 'A002']);
  await expect(atOne).toContainText(displayTicketNumber(calledAtOne!));
  await expect(atTwo).toContainText(displayTicketNumber(calledAtTwo!));
  // Each desk's queue lost both numbers, live.
  await expect(one.waiting.getByRole('listitem')).toHaveText([/A 003/]);
  await expect(two.desk.waiting.getByRole('listitem')).toHaveText([/A 003/]);

  await expect(one.figure('응대 완료')).toHaveText('0');
  await expect(one.figure('응대까지 중앙값')).toHaveText('기록 없음');
  hubClock.advance(12_000);
  await atOne.getByRole('button', { name: /응대 시작/ }).click();
  await expect(one.figure('목표 초과')).toHaveText('1');
  await expect(one.figure('가장 오래 걸린 응대')).toHaveText('0:12.0');
  await atOne.getByRole('textbox', { name: /응대 메모/ }).fill('등본 2통 발급');
  await atOne.getByRole('textbox', { name: /응대 메모/ }).press('Enter');
  await expect(one.figure('응대 완료')).toHaveText('1');
  await expect(one.finished.getByRole('listitem')).toHaveText([/응대 완료.*등본 2통 발급/]);
  // The other desk's figures are its own.
  await expect(two.desk.figure('응대 완료')).toHaveText('0');
  await two.close();
});

test('a transfer reaches the other department with its note, which that desk reads before attending', async ({
  page,
  browser,
  hub,
  hubUrl,
}) => {
  hub.execute('issueTicket', { departmentId: CIVIL_AFFAIRS }, SYSTEM);
  const tax = await openDesk(browser, hubUrl, 3, manager);
  await expect(tax.desk.waiting).toContainText('대기 중인 방문객이 없습니다.');

  const desk = deskWork(page);
  await desk.goto(1);
  await desk.signInAs(clerk);
  await desk.callNext.click();
  await desk.arrival('A 001').getByRole('button', { name: /이관/ }).click();
  await expect(desk.dialog).toHaveAccessibleName('A 001 다른 부서로 이관');
  await desk.dialog.getByRole('radio', { name: /세무회계과/ }).check();
  await desk.dialog.getByRole('button', { name: '이관하기' }).click();
  await expect(desk.dialog.getByRole('alert')).toHaveText('받는 창구에 남길 메모를 적어 주세요.');
  const note = '전입신고를 마치셨고, 자동차세 주소 변경을 물으십니다.';
  await desk.dialog.getByRole('textbox', { name: '인계 메모' }).fill(note);
  await desk.dialog.getByRole('button', { name: '이관하기' }).click();
  await expect(desk.dialog).toHaveCount(0);
  await expect(desk.status).toContainText('A 001 이관 완료 — 세무회계과 새 번호 B 001, 바로 다음 차례');
  await expect(desk.finished.getByRole('listitem')).toHaveText([/A 001.*이관/]);

  // Live at the receiving desk, with where the visitor comes from and the note on the waiting ticket.
  const waiting = tax.desk.waitingRow('B 001');
  await expect(waiting).toContainText('종합민원실 1번 창구에서 이관 · 이전 번호 A 001');
  await expect(waiting).toContainText('이전 창구 메모');
  await expect(waiting).toContainText(note);
  await waiting.getByRole('button', { name: /호출/ }).click();
  const arrival = tax.desk.arrival('B 001');
  await expect(arrival.getByRole('button', { name: /응대 시작/ })).toBeVisible();
  await expect(arrival).toContainText(`이전 창구 메모${note}`);
  await expect(arrival).toContainText('종합민원실 1번 창구에서 이관 · 이전 번호 A 001');

  await arrival.getByRole('button', { name: /다시 호출/ }).click();
  await expect(tax.desk.status).toContainText('B 001 번호를 다시 호출했습니다.');
  await expect(arrival).toContainText('호출 2회');
  expect(hub.deskState(3).atDesk[0]).toMatchObject({ number: 'B001', callCount: 2, note });
  await tax.close();
});

test('an away desk names a stand-in, and a visitor checked in there is served at the stand-in', async ({
  page,
  browser,
  hub,
  hubUrl,
}) => {
  // Desk staff sign in at their own department's desks: a clerk of 주민복지과 stands in.
  const welfareClerk = {
    login: 'desk.choi',
    name: '최현우',
    role: 'desk',
    pin: '2468',
    departmentId: WELFARE,
  } as const;
  hub.execute('defineStaff', welfareClerk, SYSTEM);
  const standIn = await openDesk(browser, hubUrl, 6, welfareClerk);
  const desk = deskWork(page);
  await desk.goto(5);
  await desk.signInAs(manager);

  await desk.stepAway.click();
  await desk.dialog.getByRole('radio', { name: '출장·현장 업무' }).check();
  await expect(desk.dialog.getByRole('combobox', { name: '업무대행 창구' })).toHaveValue('6');
  await desk.dialog.getByRole('button', { name: '자리 비움 시작' }).click();
  await expect(desk.awayBanner).toContainText('부재 중 — 주민복지과 2번 창구에서 대신 응대');
  await expect(desk.awayBanner).toContainText('출장·현장 업무');
  await expect(desk.stepAway).toHaveCount(0);
  await expect(page.getByText('부재 중: 접수한 방문객은 주민복지과 2번 창구에서 응대합니다.')).toBeVisible();
  await expect(standIn.desk.title).toHaveText('주민복지과 2번 창구');
  await expect(
    standIn.desk.page.getByText('대신 응대 중: 주민복지과 1번 창구 (출장·현장 업무)'),
  ).toBeVisible();

  const { ticket } = hub.execute('issueTicket', { departmentId: WELFARE }, SYSTEM);
  await desk.codeInput.fill(formatTicketCode(ticket.code));
  await desk.codeInput.press('Enter');
  await expect(desk.status).toContainText('C 001 번호를 접수했습니다.');
  await expect(desk.arrivals).toContainText('창구에 도착한 방문객이 없습니다.');

  const routed = standIn.desk.arrival('C 001');
  await expect(routed).toContainText('주민복지과 1번 창구 대행');
  await expect(routed.getByRole('button', { name: /응대 시작/ })).toBeVisible();
  expect(hub.deskState(6).atDesk[0]).toMatchObject({ number: 'C001', routedFromDeskId: 5 });

  await desk.awayBanner.getByRole('button', { name: '창구로 복귀' }).click();
  await expect(desk.awayBanner).toHaveCount(0);
  await expect(desk.status).toContainText('창구로 복귀했습니다.');
  await expect(standIn.desk.page.getByText(/대신 응대 중/)).toHaveCount(0);
  await standIn.close();
});

test('a stand-in chain that loops back is refused and said so; an away desk cannot call', async ({
  page,
  hub,
}) => {
  hub.execute('issueTicket', { departmentId: CIVIL_AFFAIRS }, SYSTEM);
  hub.execute('setDeskAway', { deskId: 2, reason: 'meeting', standInDeskId: 1 }, SYSTEM);
  const desk = deskWork(page);
  await desk.goto(1);
  await desk.signInAs(clerk);
  await expect(page.getByText('대신 응대 중: 종합민원실 2번 창구 (회의)')).toBeVisible();

  await desk.stepAway.click();
  const standIn = desk.dialog.getByRole('combobox', { name: '업무대행 창구' });
  await expect(standIn).toHaveValue('2');
  await expect(standIn.locator('option:checked')).toHaveText('종합민원실 2번 창구 (부재 중)');
  await desk.dialog.getByRole('button', { name: '자리 비움 시작' }).click();
  await expect(desk.dialog.getByRole('alert')).toHaveText(
    '종합민원실 2번 창구의 업무대행을 따라가면 이 창구로 돌아옵니다. 서로 대신하면 아무도 응대하지 못하니 다른 창구를 골라 주세요.',
  );
  expect(hub.deskState(1).awayDesks.map((a) => a.deskId)).toEqual([2]);

  await standIn.selectOption({ label: '세무회계과 1번 창구' });
  await desk.dialog.getByRole('button', { name: '자리 비움 시작' }).click();
  await expect(desk.awayBanner).toContainText('부재 중 — 세무회계과 1번 창구에서 대신 응대');
  await expect(desk.callNext).toBeDisabled();
  await expect(desk.callNext).toHaveAccessibleDescription(/부재 중에는 호출할 수 없습니다/);
  await expect(desk.waitingRow('A 001').getByRole('button', { name: /호출/ })).toBeDisabled();
  await page.keyboard.press('n');
  await expect(desk.arrivals).toContainText('창구에 도착한 방문객이 없습니다.');
});

test('a repeat visit judged staff error owes exactly one compensation, pending, and is served first', async ({
  page,
  hub,
  hubClock,
}) => {
  const earlier = hub.execute('issueTicket', { departmentId: CIVIL_AFFAIRS }, SYSTEM).ticket;
  hub.execute('callNext', { deskId: 2 }, SYSTEM);
  hub.execute('acknowledgeArrival', { deskId: 2, ticketId: earlier.id }, SYSTEM);
  hub.execute('finishService', { deskId: 2, ticketId: earlier.id }, SYSTEM);
  hubClock.advance(DAY_MS);
  hub.execute('issueTicket', { departmentId: CIVIL_AFFAIRS }, SYSTEM);
  hub.execute('issueTicket', { departmentId: CIVIL_AFFAIRS, repeatOfCode: earlier.code }, SYSTEM);

  const desk = deskWork(page);
  await desk.goto(1);
  await desk.signInAs(clerk);
  await expect(desk.waiting.getByRole('listitem')).toHaveText([/^A 001/, /^A 002/]);
  const repeat = desk.waitingRow('A 002');
  await expect(repeat).toContainText('재방문');
  await expect(repeat).toContainText(
    /이전 방문 2026년 11월 23일 \(월\) · A 001 · 종합민원실 · 종합민원실 2번 창구/,
  );

  await repeat.getByRole('button', { name: '판정 기록' }).click();
  await expect(repeat.getByRole('alert')).toHaveText('직원 잘못인지 ‘예’ 또는 ‘아니요’를 골라 주세요.');
  await repeat.getByRole('radio', { name: '예, 직원 잘못입니다' }).check();
  await repeat.getByRole('textbox', { name: '판단 사유' }).fill('구비서류 안내 누락');
  await repeat.getByRole('button', { name: '판정 기록' }).click();

  await expect(desk.status).toContainText('A 002 재방문을 직원 잘못으로 기록했습니다.');
  const judged = desk.waitingRow('A 002');
  await expect(judged).toContainText('직원 잘못으로 인한 재방문');
  await expect(judged).toContainText('사유: 구비서류 안내 누락');
  await expect(judged).toContainText('문화상품권 5,000원 보상 대기');
  await expect(judged).toContainText('우선 응대');
  await expect(judged.getByRole('button', { name: '판정 기록' })).toHaveCount(0);
  // Served first: it moved to the head of the queue, and "call next" takes it.
  await expect(desk.waiting.getByRole('listitem')).toHaveText([/^A 002/, /^A 001/]);
  await expect(page.getByText('다음 차례 A 002 · 대기 2명')).toBeVisible();

  const { compensations } = hub.deskState(1);
  expect(compensations).toHaveLength(1);
  expect(compensations[0]).toMatchObject({
    status: 'pending',
    kind: 'cultureVoucher',
    amountWon: 5_000, // the 인제군 charter, seed 002
    earlierTicketId: earlier.id,
    reason: '구비서류 안내 누락',
  });

  await desk.callNext.click();
  await expect(desk.arrival('A 002')).toContainText('문화상품권 5,000원 보상 대기');
});

test('a desk links a repeat visit by the earlier ticket’s code when the visitor made no claim', async ({
  page,
  hub,
  hubClock,
}) => {
  const earlier = hub.execute('issueTicket', { departmentId: CIVIL_AFFAIRS }, SYSTEM).ticket;
  hubClock.advance(2 * DAY_MS);
  hub.execute('issueTicket', { departmentId: CIVIL_AFFAIRS }, SYSTEM);
  const desk = deskWork(page);
  await desk.goto(1);
  await desk.signInAs(clerk);
  await desk.callNext.click();
  const arrival = desk.arrival('A 001');

  await arrival.getByRole('button', { name: /재방문 확인/ }).click();
  await arrival.getByRole('textbox', { name: '이전 번호표 코드' }).fill('000-000-000');
  await arrival.getByRole('radio', { name: '아니요' }).check();
  await arrival.getByRole('textbox', { name: '판단 사유' }).fill('방문객이 서류를 두고 가심');
  await arrival.getByRole('button', { name: '판정 기록' }).click();
  await expect(arrival.getByRole('alert')).toHaveText('이 코드로 발급된 번호표가 없습니다.');

  await arrival.getByRole('textbox', { name: '이전 번호표 코드' }).fill(formatTicketCode(earlier.code));
  await arrival.getByRole('button', { name: '판정 기록' }).click();
  await expect(arrival).toContainText('직원 잘못이 아닌 재방문');
  // The earlier visit is the hub's to tell: the desk fetches it once the link exists.
  await expect(arrival).toContainText(/이전 방문 2026년 11월 23일 \(월\) · A 001 · 종합민원실/);
  await expect(arrival).not.toContainText('보상');
  expect(hub.deskState(1).compensations).toEqual([]);
  expect(hub.deskState(1).atDesk[0]).toMatchObject({ repeatOfTicketId: earlier.id, servedFirst: false });
});

test('screenshot: a busy desk with a breached clock, a repeat visit, a transfer note and its figures', async ({
  page,
  hub,
  hubClock,
}) => {
  await page.setViewportSize({ width: 1440, height: 960 });
  const issue = (departmentId: number, repeatOfCode?: string) =>
    hub.execute('issueTicket', { departmentId, ...(repeatOfCode ? { repeatOfCode } : {}) }, SYSTEM).ticket;
  const call = (deskId: number) => hub.execute('callNext', { deskId }, SYSTEM).ticket;

  const earlier = issue(CIVIL_AFFAIRS);
  call(2);
  hub.execute('acknowledgeArrival', { deskId: 2, ticketId: earlier.id }, SYSTEM);
  hub.execute('finishService', { deskId: 2, ticketId: earlier.id }, SYSTEM);
  hubClock.advance(DAY_MS);

  for (let i = 0; i < 3; i++) {
    hubClock.advance(20_000);
    issue(CIVIL_AFFAIRS);
  }
  // Finished at desk 1 today: one within target, one breached, one no-show.
  const quick = call(1);
  hubClock.advance(4_000);
  hub.execute('acknowledgeArrival', { deskId: 1, ticketId: quick.id }, SYSTEM);
  hubClock.advance(120_000);
  hub.execute('finishService', { deskId: 1, ticketId: quick.id, note: '주민등록등본 2통 발급' }, SYSTEM);
  const late = call(1);
  hubClock.advance(14_000);
  hub.execute('acknowledgeArrival', { deskId: 1, ticketId: late.id }, SYSTEM);
  hubClock.advance(90_000);
  hub.execute('finishService', { deskId: 1, ticketId: late.id }, SYSTEM);
  const absent = call(1);
  hubClock.advance(60_000);
  hub.execute('markNoShow', { deskId: 1, ticketId: absent.id }, SYSTEM);

  // At the desk: one being served, the repeat visitor with a breached clock, one in warning.
  const serving = issue(CIVIL_AFFAIRS);
  issue(CIVIL_AFFAIRS);
  const repeat = issue(CIVIL_AFFAIRS, earlier.code);
  call(1);
  hubClock.advance(5_000);
  hub.execute('acknowledgeArrival', { deskId: 1, ticketId: serving.id }, SYSTEM);
  hub.execute('callTicket', { deskId: 1, ticketId: repeat.id }, SYSTEM);
  hubClock.advance(8_000);
  call(1);

  // Waiting: a visitor transferred in from 세무회계과 with a note, and two more.
  const taxVisitor = issue(2);
  call(3);
  hub.execute(
    'transferTicket',
    {
      deskId: 3,
      ticketId: taxVisitor.id,
      toDepartmentId: CIVIL_AFFAIRS,
      note: '자동차 이전등록 전에 주소 변경(전입신고)이 필요하십니다. 신분증 확인 마침.',
    },
    SYSTEM,
  );
  issue(CIVIL_AFFAIRS);
  issue(CIVIL_AFFAIRS);
  hubClock.advance(8_000);

  // The screen's own clock stands still, so its clocks show exactly the hub's elapsed times.
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 1000);
  const desk = deskWork(page);
  await desk.goto(1);
  await desk.signInAs(clerk);
  const repeatCard = desk.arrival(displayTicketNumber(repeat.number));
  await expect(repeatCard.getByRole('timer')).toHaveText('0:16.0');
  await expect(repeatCard.getByText('목표 초과')).toBeVisible();
  await expect(repeatCard).toContainText('이전 방문');
  await expect(desk.figure('목표 초과')).toHaveText('1');
  await expect(desk.waiting).toContainText('이전 창구 메모');
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({
    path: resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots', 'desk-busy-full.png'),
    fullPage: true,
  });
});
