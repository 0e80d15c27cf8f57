import { resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { demoStaff } from '../../server/demo/inje-office';
import { expect, test } from '../support/hub-fixture';
import { SYSTEM } from '../../server/hub/system-actor';

const manager = demoStaff.find((s) => s.role === 'manager')!;
const shots = resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

test.use({ viewport: { width: 1280, height: 1024 } });

async function signInToSetup(page: Page) {
  await page.goto('/manager/setup');
  const form = page.getByRole('region', { name: '관리자 로그인' });
  await form.getByRole('textbox', { name: '직원 아이디' }).fill(manager.login);
  await form.getByLabel('PIN').fill(manager.pin);
  await form.getByRole('button', { name: '로그인' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '설정' })).toBeVisible();
}

/** A picture of one part of the setup screen, for people to look at. */
const shoot = async (page: Page, part: Locator, name: string) => {
  await page.evaluate(() => document.fonts.ready);
  await part.screenshot({ path: resolve(shots, `${name}.png`) });
};

test('a manager sets up a department with a task and a desk; the kiosk offers it, in the languages chosen', async ({
  page,
  browser,
  hubUrl,
  hub,
}) => {
  await signInToSetup(page);
  const departments = page.getByRole('region', { name: '부서와 창구' });
  await departments.getByRole('button', { name: '부서 추가' }).click();
  const editor = departments.getByRole('group', { name: '새 부서' });
  await editor.getByLabel('부서 이름 (한국어)').fill('여권민원과');
  await editor.getByLabel('부서 이름 (영어)').fill('Passport Office');
  await expect(editor.getByLabel('번호 머리글자')).toHaveValue('I');
  await editor.getByLabel('번호 머리글자').fill('p');
  await editor.getByLabel('층 (한국어)').fill('2층');
  await editor.getByLabel('전화번호').fill('033-460-2100');
  await editor.getByLabel('찾아가는 길 (한국어)').fill('본관 2층 계단 옆');
  await editor.getByLabel('찾아가는 길 (영어)').fill('Main building, 2nd floor, by the stairs');
  await editor.getByLabel('업무 1 업무 이름 (한국어)').fill('여권 발급');
  await editor.getByLabel('업무 1 업무 이름 (영어)').fill('Passport issuance');
  await editor.getByLabel('업무 1 검색어 (한국어)').fill('여권 해외 출국');
  await editor.getByRole('button', { name: '업무 추가' }).click();
  await editor.getByLabel('업무 2 업무 이름 (한국어)').fill('여권 재발급');
  await editor.getByLabel('업무 2 업무 이름 (영어)').fill('Passport reissue');
  await shoot(page, departments, 'manager-setup-departments');
  await editor.getByRole('button', { name: '부서 저장' }).click();
  // Saved, the editor stays open on the department it made.
  const saved = departments.getByRole('group', { name: '여권민원과 수정' });
  await expect(saved.getByRole('status')).toHaveText('저장했습니다.');
  const row = departments.getByRole('row', { name: /^P 여권민원과/ });
  await expect(row).toContainText('여권 발급, 여권 재발급');
  await expect(row.getByText('P', { exact: true })).toBeVisible();
  await saved.getByRole('button', { name: '닫기' }).click();

  const desks = page.getByRole('region', { name: '창구', exact: true });
  await desks.getByRole('button', { name: '창구 추가' }).click();
  const deskEditor = desks.getByRole('group', { name: '새 창구' });
  await deskEditor.getByLabel('부서').selectOption({ label: 'P · 여권민원과' });
  await deskEditor.getByLabel('창구 이름 (한국어)').fill('여권 1번 창구');
  await deskEditor.getByLabel('창구 이름 (영어)').fill('Passport desk 1');
  await deskEditor.getByRole('radio', { name: /바로 접수/ }).check();
  await deskEditor.getByRole('button', { name: '창구 저장' }).click();
  await expect(desks.getByRole('group', { name: '여권 1번 창구 수정' }).getByRole('status')).toHaveText(
    '저장했습니다.',
  );
  await expect(departments.getByRole('row', { name: /^P 여권민원과/ })).toContainText(
    '여권 1번 창구 · 바로 접수',
  );
  await shoot(page, desks, 'manager-setup-desks');
  const passport = hub.office().departments.find((d) => d.prefix === 'P')!;
  expect(hub.office().desks.filter((d) => d.departmentId === passport.id)).toEqual([
    expect.objectContaining({ nameKo: '여권 1번 창구', mode: 'direct' }),
  ]);

  // The kiosk, on its own screen, finds the new department by a search word of its task.
  const kioskContext = await browser.newContext({ baseURL: hubUrl });
  try {
    const kiosk = await kioskContext.newPage();
    await kiosk.goto('/kiosk');
    await kiosk.getByRole('button', { name: /업무로 찾기/ }).click();
    await kiosk.getByRole('searchbox').fill('출국');
    await kiosk
      .locator('.task-list')
      .getByRole('button', { name: /여권 발급/ })
      .click();
    await expect(kiosk.getByText('P 001', { exact: true })).toBeVisible();
    await expect(kiosk.getByRole('main')).toContainText('본관 2층 계단 옆');
    await kiosk.getByRole('button', { name: '확인 — 처음 화면으로' }).click();
    await expect(kiosk.getByRole('button', { name: 'Tiếng Việt', exact: true })).toBeVisible();

    // Vietnamese off: the kiosk stops offering it without a reload.
    const languages = page.getByRole('region', { name: '키오스크 언어' });
    await expect(languages.getByRole('checkbox', { name: /한국어/ })).toBeDisabled();
    await languages.getByRole('checkbox', { name: 'Tiếng Việt' }).uncheck();
    await languages.getByRole('button', { name: '언어 저장' }).click();
    await expect(languages.getByRole('status')).toHaveText('저장했습니다.');
    await expect(kiosk.getByRole('button', { name: 'Tiếng Việt', exact: true })).toHaveCount(0);
    await expect(kiosk.getByRole('button', { name: 'English', exact: true })).toBeVisible();
    await shoot(page, languages, 'manager-setup-languages');
  } finally {
    await kioskContext.close();
  }
  expect(hub.office().kioskLanguages).toEqual(['ko', 'en', 'zh']);
});

test('setup shows which translations the kiosk lacks, and a Chinese kiosk shows what the manager fills in', async ({
  page,
  browser,
  hubUrl,
  hub,
}) => {
  hub.execute(
    'defineDepartment',
    {
      prefix: 'P',
      nameKo: '여권민원과',
      nameEn: 'Passport Office',
      floor: '2층',
      floorEn: '2nd floor',
      locationKo: '본관 2층 계단 옆',
      tasks: [{ nameKo: '여권 재발급', nameEn: 'Passport reissue', keywords: '여권 분실' }],
    },
    SYSTEM,
  );
  await signInToSetup(page);
  const departments = page.getByRole('region', { name: '부서와 창구' });
  const row = departments.getByRole('row', { name: /^P 여권민원과/ });
  // Name, floor and way there, and the task's name and search words; English lacks two of them.
  await expect(row).toContainText('영어 2개 없음');
  await expect(row).toContainText('중국어 5개 없음');
  await expect(row).toContainText('베트남어 5개 없음');
  await expect(departments.getByRole('row', { name: /종합민원실/ })).toContainText('모두 있음');

  await row.getByRole('button', { name: '여권민원과 수정' }).click();
  const editor = departments.getByRole('group', { name: '여권민원과 수정' });
  const chineseName = editor.getByLabel('부서 이름 (중국어)');
  await expect(chineseName).toHaveAccessibleDescription('번역 없음 — 영어로 보임');
  await expect(editor.getByLabel('찾아가는 길 (중국어)')).toHaveAccessibleDescription(
    '번역 없음 — 한국어로 보임',
  );
  await chineseName.fill('护照科');
  await editor.getByLabel('층 (중국어)').fill('2层');
  const tabs = editor.getByRole('group', { name: '업무를 적을 언어' });
  await expect(tabs.getByRole('button', { name: /중국어/ })).toContainText('2개 없음');
  await tabs.getByRole('button', { name: /중국어/ }).click();
  await editor.getByLabel('업무 1 업무 이름 (중국어)').fill('护照补办');
  await editor.getByLabel('업무 1 검색어 (중국어)').fill('护照 丢失');
  await expect(tabs.getByRole('button', { name: /중국어/ })).not.toContainText('없음');
  await shoot(page, editor, 'manager-setup-translations');
  await editor.getByRole('button', { name: '부서 저장' }).click();
  await expect(editor.getByRole('status')).toHaveText('저장했습니다.');
  await expect(row).toContainText('중국어 1개 없음');

  const kioskContext = await browser.newContext({ baseURL: hubUrl });
  try {
    const kiosk = await kioskContext.newPage();
    await kiosk.goto('/kiosk');
    await kiosk.getByRole('button', { name: '中文', exact: true }).click();
    const card = kiosk.getByRole('list', { name: '部门列表' }).getByRole('button', { name: /^护照科/ });
    // The way there is not translated yet: the kiosk shows it in Korean rather than nothing.
    await expect(card).toContainText('2层 · 본관 2층 계단 옆');
    await kiosk.getByRole('button', { name: /按业务查找/ }).click();
    await kiosk.getByRole('searchbox').fill('丢失');
    await expect(kiosk.getByRole('list', { name: '业务列表' }).getByRole('button')).toHaveText([/^护照补办/]);
  } finally {
    await kioskContext.close();
  }
});

test('a manager adds a staff member who can then sign in, and names a holiday', async ({ page, hub }) => {
  await signInToSetup(page);
  const staff = page.getByRole('region', { name: '직원', exact: true });
  await staff.getByRole('button', { name: '직원 추가' }).click();
  const editor = staff.getByRole('group', { name: '새 직원' });
  await editor.getByLabel('이름').fill('최유진');
  await editor.getByLabel('아이디').fill('guide.choi');
  await editor.getByLabel('처음 PIN').fill('2468');
  await editor.getByRole('radio', { name: /안내/ }).check();
  await shoot(page, staff, 'manager-setup-staff');
  await editor.getByRole('button', { name: '직원 저장' }).click();
  await expect(staff.getByRole('group', { name: '최유진 수정' }).getByRole('status')).toHaveText(
    '저장했습니다.',
  );
  await expect(staff.getByRole('row', { name: /최유진/ })).toContainText('guide.choi');
  const signedIn = await hub.signIn(
    { login: 'guide.choi', pin: '2468' },
    { address: '127.0.0.1', local: true },
  );
  expect(signedIn.staff.role).toBe('guide');

  // The PIN reset list knows the new person at once.
  await expect(
    page.getByRole('combobox', { name: '직원' }).getByRole('option', { name: /최유진/ }),
  ).toHaveCount(1);

  const hours = page.getByRole('region', { name: '운영 시간과 휴무일' });
  await hours.getByLabel('날짜').fill('2026-09-25');
  await hours.getByLabel('이름').fill('추석');
  await hours.getByRole('button', { name: '휴무일 추가' }).click();
  await expect(hours.getByRole('listitem')).toHaveText(/2026-09-25\s*추석/);
  await shoot(page, hours, 'manager-setup-hours');
});

test('the dashboard shows today’s escort times', async ({ page, hub, hubClock }) => {
  for (const [acceptMs, deliverMs] of [
    [30_000, 150_000],
    [70_000, 200_000],
  ] as const) {
    const { ticket } = hub.execute('issueTicket', { departmentId: 1 }, SYSTEM);
    const { request } = hub.execute(
      'requestEscort',
      {
        kind: 'escort',
        reason: 'wheelchair',
        ticketId: ticket.id,
      },
      SYSTEM,
    );
    hubClock.advance(acceptMs);
    hub.execute('acceptEscort', { requestId: request.id }, SYSTEM);
    hubClock.advance(deliverMs - acceptMs);
    hub.execute('deliverEscort', { requestId: request.id }, SYSTEM);
  }
  await signInToSetup(page);
  await page.getByRole('link', { name: '이행 현황' }).click();
  const escorts = page.getByRole('region', { name: '동행 안내 시간' });
  await expect(escorts).toContainText('오늘 요청 2건');
  // Medians of 30 s and 70 s, and of 150 s and 200 s; the worst of each.
  await expect(escorts.getByRole('row', { name: /안내 시작/ }).getByRole('cell')).toHaveText([
    '2',
    '0:50.0',
    '1:10.0',
  ]);
  await expect(escorts.getByRole('row', { name: /부서 도착/ }).getByRole('cell')).toHaveText([
    '2',
    '2:55.0',
    '3:20.0',
  ]);
  await shoot(page, escorts, 'manager-dashboard-escorts');
});
