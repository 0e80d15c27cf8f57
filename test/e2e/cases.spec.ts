import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { Hub } from '../../server/hub/hub';
import { demoStaff } from '../../server/demo/inje-office';
import { charterPresets } from '../../shared/charter/presets';
import type { FakeClock } from '../support/fake-clock';
import { expect, test } from '../support/hub-fixture';
import { SYSTEM } from '../../server/hub/system-actor';

// Complaints, unkindness reports and suggestions (issue 15 §1) and the one-tap rating (§2), as
// visitors, desk staff and the manager meet them. The hub's clock starts Monday 2026-11-23 09:30.
const shots = resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots');
const shoot = async (page: Page, name: string) => {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: resolve(shots, `${name}.png`), fullPage: true });
};
const manager = demoStaff.find((s) => s.role === 'manager')!;
const seoul = (text: string): number => Date.parse(`${text}+09:00`);

/** A visit served at `deskId`; returns its printed code. */
function servedVisit(hub: Hub, deskId: number, language: 'ko' | 'en' = 'ko'): string {
  const { ticket } = hub.execute('issueTicket', { departmentId: 1, language }, SYSTEM);
  hub.execute('callTicket', { deskId, ticketId: ticket.id }, SYSTEM);
  hub.execute('acknowledgeArrival', { deskId, ticketId: ticket.id }, SYSTEM);
  hub.execute('finishService', { deskId, ticketId: ticket.id }, SYSTEM);
  return ticket.code;
}

/** The kiosk's keypad, typing digits by touch. */
async function tapDigits(page: Page, digits: string): Promise<void> {
  const keypad = page.getByRole('group', { name: /숫자 키패드|Number keypad/ });
  for (const digit of digits) await keypad.getByRole('button', { name: digit, exact: true }).tap();
}

/** Fails unless the whole of `target` lies inside the window: nothing to scroll to on a kiosk. */
async function expectInView(page: Page, target: Locator): Promise<void> {
  const box = await target.boundingBox();
  const size = page.viewportSize()!;
  expect(box, 'on screen').not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(size.width);
  expect(box!.y + box!.height).toBeLessThanOrEqual(size.height);
}

test.describe('불편·불친절 신고 at a portrait kiosk', () => {
  test.use({ viewport: { width: 1080, height: 1920 }, hasTouch: true });

  test('a visitor reports unkindness by their ticket’s code, leaves a number, and is told the deadline', async ({
    page,
    hub,
  }) => {
    const code = servedVisit(hub, 1);
    await page.goto('/kiosk');
    await page.getByRole('button', { name: '불편·불친절 신고' }).tap();
    await expect(page.getByText('4단계 중 1단계')).toBeVisible();
    const unkind = page.getByRole('button', { name: /직원이 불친절했어요/ });
    await expectInView(page, unkind);
    await shoot(page, 'kiosk-report-category');
    await unkind.tap();

    await page.getByRole('button', { name: '번호표 코드로 알리기' }).tap();
    await tapDigits(page, code);
    await page.getByRole('button', { name: '다음' }).tap();
    await page.getByLabel('불편하셨던 내용').fill('서류를 던지듯 주셨습니다.');
    await page.getByRole('button', { name: '다음' }).tap();

    await tapDigits(page, '01098765432');
    await expect(page.getByRole('status', { name: '휴대전화 번호' })).toHaveText('010-9876-5432');
    const send = page.getByRole('button', { name: '접수하기' });
    // A number without consent is not sent.
    await expect(send).toBeDisabled();
    await page.getByRole('checkbox').tap();
    await expectInView(page, send);
    await shoot(page, 'kiosk-report-contact');
    await send.tap();

    await expect(page.getByRole('heading', { name: '접수되었습니다' })).toBeVisible();
    await expect(page.getByText('2026-0001', { exact: true })).toBeVisible();
    // 인제군: 7 working days counting Monday → Tuesday 1 December.
    await expect(page.getByText('2026년 12월 1일 (화)까지 처리 결과를 알려 드리겠습니다.')).toBeVisible();
    await shoot(page, 'kiosk-report-done');

    const [received] = hub.cases('2026-11-23', '2026-11-23').cases;
    expect(received).toMatchObject({
      kind: 'unkindness',
      channel: 'kiosk',
      language: 'ko',
      deskId: 1,
      ticketNumber: 'A001',
      description: '서류를 던지듯 주셨습니다.',
      contact: '01098765432',
    });
    await page.getByRole('button', { name: '확인 — 처음 화면으로' }).tap();
    await expect(page.getByRole('heading', { name: '어느 부서로 가시나요?' })).toBeVisible();
  });
});

test.describe('Report a problem at a landscape kiosk, in English', () => {
  test.use({ viewport: { width: 1920, height: 1080 }, hasTouch: true });

  test('a visitor reports a long wait without details or a number', async ({ page, hub }) => {
    await page.goto('/kiosk');
    await page.getByRole('button', { name: 'English', exact: true }).tap();
    await page.getByRole('button', { name: 'Report a problem' }).tap();
    await page.getByRole('button', { name: /I waited too long/ }).tap();
    await page.getByRole('button', { name: 'Tax and Accounting Division' }).tap();
    const next = page.getByRole('button', { name: 'Next' });
    await expectInView(page, next);
    await next.tap();
    await page.getByRole('button', { name: 'Skip' }).tap();
    const send = page.getByRole('button', { name: 'Send without a number' });
    await expectInView(page, send);
    await send.tap();

    await expect(page.getByRole('heading', { name: 'Your report was received' })).toBeVisible();
    await expect(page.getByText('We will review and act on it by', { exact: false })).toBeVisible();
    await expect(page.getByText('Without a number we cannot answer you.', { exact: false })).toBeVisible();
    await shoot(page, 'kiosk-report-done-en');
    const [received] = hub.cases('2026-11-23', '2026-11-23').cases;
    expect(received).toMatchObject({
      kind: 'dissatisfaction',
      category: 'waiting',
      language: 'en',
      departmentId: 2,
      contact: null,
      hasContact: false,
    });
  });
});

test.describe('the one-tap rating', () => {
  test.use({ viewport: { width: 1080, height: 1920 }, hasTouch: true });

  test('at the kiosk, by the ticket’s code: one tap, counted on the manager’s dashboard', async ({
    page,
    hub,
  }) => {
    const code = servedVisit(hub, 1);
    servedVisit(hub, 1);
    await page.goto('/kiosk');
    await page.getByRole('button', { name: '만족도 평가' }).tap();
    await tapDigits(page, code);
    await page.getByRole('button', { name: '평가하기' }).tap();
    const faces = page.getByRole('list', { name: '만족도' }).getByRole('button');
    await expect(faces).toHaveText(['매우 만족', '만족', '보통', '불만족', '매우 불만족']);
    for (const face of await faces.all()) await expectInView(page, face);
    await shoot(page, 'kiosk-rating-faces');
    await faces.filter({ hasText: /^만족$/ }).tap();
    await expect(page.getByRole('heading', { name: '평가해 주셔서 감사합니다' })).toBeVisible();

    const rated = hub.eventsAfter(0, 10_000).filter((e) => e.type === 'visitRated');
    expect(rated).toHaveLength(1);

    // The same code again is refused in the visitor's words.
    await page.getByRole('button', { name: '처음 화면으로' }).tap();
    await page.getByRole('button', { name: '만족도 평가' }).tap();
    await tapDigits(page, code);
    await page.getByRole('button', { name: '평가하기' }).tap();
    await page.getByRole('button', { name: '매우 만족' }).tap();
    await expect(page.getByRole('alert')).toHaveText('이 방문은 이미 평가하셨습니다. 감사합니다.');
  });

  test('on the tablet facing the visitor at desk 2: the faces come in their language and go after one tap', async ({
    page,
    hub,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/rate/2');
    await expect(page.getByRole('heading', { name: '업무를 마치시면 여기서 평가해 주세요' })).toBeVisible();
    servedVisit(hub, 2, 'en');
    const faces = page.getByRole('list', { name: 'Satisfaction' }).getByRole('button');
    await expect(faces).toHaveCount(5);
    await expect(page.getByRole('heading', { name: 'How was our service today?' })).toBeVisible();
    await shoot(page, 'rating-tablet');
    await faces.filter({ hasText: 'Very satisfied' }).tap();
    await expect(page.getByRole('heading', { name: 'Thank you for your rating' })).toBeVisible();
    const rating = hub.eventsAfter(0, 10_000).find((e) => e.type === 'visitRated');
    expect(rating).toMatchObject({ rating: { deskId: 2, score: 5 } });
    // The next number called at the desk takes the tablet back to waiting, in Korean.
    const { ticket } = hub.execute('issueTicket', { departmentId: 1 }, SYSTEM);
    hub.execute('callTicket', { deskId: 2, ticketId: ticket.id }, SYSTEM);
    await expect(page.getByRole('heading', { name: '업무를 마치시면 여기서 평가해 주세요' })).toBeVisible();
  });
});

/** Cases of 목포시 in several states by Thursday noon: overdue, due today, in time and answered. */
function seedMokpoCases(hub: Hub, clock: FakeClock): void {
  const { presetId, ...mokpo } = charterPresets.mokpo;
  hub.execute('applyCharter', { presetId, ...mokpo }, SYSTEM);
  // Monday 09:30: an unkindness report about desk 1 (1 day → Tuesday 09:30: overdue by Thursday).
  hub.execute(
    'receiveCase',
    {
      category: 'staffAttitude',
      concerns: { deskId: 1 },
      description: '반말을 했습니다',
    },
    SYSTEM,
  );
  clock.set(seoul('2026-11-23T14:00'));
  // 3 days → Thursday 14:00: due today on Thursday.
  hub.execute(
    'receiveCase',
    { category: 'waiting', channel: 'phone', description: '40분 넘게 기다림' },
    SYSTEM,
  );
  clock.set(seoul('2026-11-25T10:00'));
  // 3 days → Monday 30th 10:00: in time.
  hub.execute(
    'receiveCase',
    { category: 'improvement', channel: 'letter', description: '주차장 안내판' },
    SYSTEM,
  );
  // Answered within a day.
  const answered = hub.execute('receiveCase', { category: 'facility' }, SYSTEM).case;
  hub.execute('answerCase', { caseId: answered.id, summary: '의자를 더 놓았습니다' }, SYSTEM);
  clock.set(seoul('2026-11-26T12:00'));
}

test.describe('the manager’s case list', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('puts overdue and due-today cases first and lets the manager answer and close one', async ({
    page,
    hub,
    hubClock,
  }) => {
    seedMokpoCases(hub, hubClock);
    await page.goto('/manager/cases');
    const signIn = page.getByRole('region', { name: '관리자 로그인' });
    await signIn.getByRole('textbox', { name: '직원 아이디' }).fill(manager.login);
    await signIn.getByLabel('PIN').fill(manager.pin);
    await signIn.getByRole('button', { name: '로그인' }).click();

    const counts = page.getByRole('list', { name: '처리할 신고' });
    await expect(counts.getByRole('listitem')).toHaveText(['1기한 경과', '1오늘 기한', '3처리 중 전체']);
    const rows = page.getByRole('table').first().getByRole('row');
    await expect(rows.nth(1)).toContainText('2026-0001');
    await expect(rows.nth(1)).toContainText('기한 경과');
    await expect(rows.nth(2)).toContainText('2026-0002');
    await expect(rows.nth(2)).toContainText('오늘 기한');
    await expect(rows.nth(3)).toContainText('처리 중');
    await expect(rows.nth(4)).toContainText('기한 내 답변');
    await expectInView(page, rows.nth(1));

    await page.getByRole('button', { name: '2026-0001' }).click();
    const detail = page.getByRole('article', { name: '2026-0001 · 불친절' });
    await expect(detail).toContainText('반말을 했습니다');
    await expect(detail).toContainText('2026년 11월 24일 (화) 09:30 (헌장 1근무일)');
    await shoot(page, 'manager-cases');
    await detail.getByLabel('답변·조치 요지').fill('해당 직원에게 주의를 주고 사과드렸습니다');
    await detail.getByRole('radio', { name: '사실로 확인됨' }).check();
    await detail.getByRole('button', { name: '답변 기록' }).click();
    await expect(detail.getByRole('list', { name: '처리 단계' }).getByRole('listitem')).toHaveCount(2);
    await expect(detail).toContainText('기한 후 답변');
    await detail.getByRole('button', { name: '종결' }).click();
    await expect(detail.getByRole('list', { name: '처리 단계' }).getByRole('listitem')).toHaveCount(3);
    await expect(counts.getByRole('listitem')).toHaveText(['0기한 경과', '1오늘 기한', '2처리 중 전체']);

    // The unkindness count per desk, against 목포시's three reports.
    const unkindness = page.getByRole('region', { name: '불친절 신고 누적' });
    await expect(unkindness.getByRole('row', { name: /종합민원실 1번 창구/ })).toContainText('기준까지 2회');

    // The dashboard says so too.
    await page.getByRole('link', { name: '이행 현황' }).click();
    await expect(page.getByRole('region', { name: '불만·불친절 신고' })).toContainText('오늘 기한 1건');
  });

  test('follows cases received elsewhere without a reload', async ({ page, hub }) => {
    await page.goto('/manager/cases');
    const form = page.getByRole('region', { name: '관리자 로그인' });
    await form.getByRole('textbox', { name: '직원 아이디' }).fill(manager.login);
    await form.getByLabel('PIN').fill(manager.pin);
    await form.getByRole('button', { name: '로그인' }).click();
    await expect(page.getByText('이 기간에 접수된 신고가 없습니다.')).toBeVisible();
    hub.execute('receiveCase', { category: 'other', description: '키오스크에서 접수' }, SYSTEM);
    await expect(page.getByRole('button', { name: '2026-0001' })).toBeVisible();
  });
});

test.describe('a case taken at the desk', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('the clerk writes down a visitor’s suggestion and can tell them its number and deadline', async ({
    page,
    hub,
  }) => {
    const clerk = demoStaff.find((s) => s.role === 'desk')!;
    await page.goto('/desk/1');
    const signIn = page.getByRole('region', { name: '창구 로그인' });
    await signIn.getByRole('textbox', { name: '직원 아이디' }).fill(clerk.login);
    await signIn.getByLabel('PIN').fill(clerk.pin);
    await signIn.getByRole('button', { name: '로그인' }).click();
    await page.getByRole('button', { name: '민원·신고 접수' }).click();
    const dialog = page.getByRole('dialog', { name: '불만·불친절 신고와 건의 접수' });
    await dialog.getByRole('combobox', { name: '내용 분류' }).selectOption('improvement');
    await expect(dialog.getByText('건의 · 답변 기한 7근무일')).toBeVisible();
    await dialog
      .getByRole('textbox', { name: '내용', exact: true })
      .fill('대기석에 충전기가 있으면 좋겠습니다');
    await dialog.getByRole('button', { name: '접수', exact: true }).click();
    await expect(dialog.getByRole('status')).toHaveText(
      '접수번호 2026-0001 · 답변 기한 2026년 12월 1일 (화)',
    );
    await shoot(page, 'desk-case-intake');
    expect(hub.cases('2026-11-23', '2026-11-23').cases[0]).toMatchObject({
      kind: 'suggestion',
      channel: 'inPerson',
      departmentId: 1,
      staffId: null,
      description: '대기석에 충전기가 있으면 좋겠습니다',
    });
  });
});
