import type { Page } from '@playwright/test';
import { expect, test } from '../support/hub-fixture';
import { recordSpeech, spoken } from '../support/kiosk';

// A portrait touch kiosk, used with a finger.
test.use({ viewport: { width: 1080, height: 1920 }, hasTouch: true });

const visitors = [
  {
    language: '中文',
    lang: 'zh-CN',
    byTask: /按业务查找/,
    search: '搜索业务',
    typed: ['h', 'u', 'z', 'h', 'a', 'o'],
    results: '业务列表',
    task: '护照办理',
    heading: '号码牌已发放',
    a11y: '无障碍',
    voice: '语音引导',
    department: '综合民愿室',
    floor: '1层',
    location: '主楼1层，正门右侧',
    print: '打印号码牌',
  },
  {
    language: 'Tiếng Việt',
    lang: 'vi-VN',
    byTask: /Tìm theo công việc/,
    search: 'Tìm công việc',
    typed: ['h', 'o', 'Dấu cách', 'c', 'h', 'i', 'e', 'u'],
    results: 'Danh sách công việc',
    task: 'Cấp hộ chiếu',
    heading: 'Đã phát số thứ tự',
    a11y: 'Trợ năng',
    voice: 'Hướng dẫn bằng giọng nói',
    department: 'Phòng Dịch vụ Hành chính Tổng hợp',
    floor: 'Tầng 1',
    location: 'Tòa nhà chính, tầng 1, bên phải cửa chính',
    print: 'In số thứ tự',
  },
] as const;

async function chooseLanguage(page: Page, language: string): Promise<void> {
  await page.goto('/kiosk');
  await page.getByRole('button', { name: language, exact: true }).tap();
}

for (const visitor of visitors) {
  test(`a ${visitor.language} visitor finds 여권 in their language and gets a ticket in it`, async ({
    page,
    hub,
  }) => {
    await recordSpeech(page);
    await chooseLanguage(page, visitor.language);
    await page.getByRole('button', { name: visitor.a11y, exact: true }).tap();
    await page.getByRole('button', { name: visitor.voice }).tap();
    await page.getByRole('button', { name: visitor.byTask }).tap();
    const keys = page.getByRole('group', { name: new RegExp(visitor.search) });
    for (const key of visitor.typed) await keys.getByRole('button', { name: key, exact: true }).tap();
    const results = page.getByRole('list', { name: visitor.results });
    await expect(results.getByRole('button')).toHaveCount(1);
    const task = results.getByRole('button', { name: new RegExp(`^${visitor.task}`) });
    await expect(task).toContainText(`${visitor.department} · ${visitor.floor}`);
    await task.tap();

    await expect(page.getByRole('heading', { name: visitor.heading })).toBeVisible();
    const card = page.getByRole('region', { name: visitor.heading });
    await expect(card).toContainText(visitor.department);
    await expect(card).toContainText(`${visitor.floor} · ${visitor.location}`);
    await expect(page.getByRole('main')).not.toContainText('Civil Affairs Office');
    await expect(page.getByRole('main')).not.toContainText('Main building');
    await expect(page.getByRole('button', { name: visitor.print })).toBeVisible();
    const [ticket] = hub.deskState(1).waiting;
    expect(ticket).toMatchObject({ language: visitor.language === '中文' ? 'zh' : 'vi', taskId: 5 });
    const said = (await spoken(page)).at(-1);
    expect(said?.lang).toBe(visitor.lang);
    expect(said?.text).toContain(visitor.department);
    expect(said?.text).toContain(visitor.location);
  });
}

test('the search hint’s own examples, 护照 and hộ chiếu, find the passport desk', async ({ page }) => {
  await chooseLanguage(page, '中文');
  await page.getByRole('button', { name: /按业务查找/ }).tap();
  await page.getByRole('searchbox').fill('护照');
  await expect(page.getByRole('list', { name: '业务列表' }).getByRole('button')).toHaveText([/^护照办理/]);

  await page.getByRole('button', { name: 'Tiếng Việt', exact: true }).tap();
  await page.getByRole('searchbox').fill('hộ chiếu');
  await expect(page.getByRole('list', { name: 'Danh sách công việc' }).getByRole('button')).toHaveText([
    /^Cấp hộ chiếu/,
  ]);
});

test('department cards read in the visitor’s language, floors included', async ({ page }) => {
  await chooseLanguage(page, '中文');
  const departments = page.getByRole('list', { name: '部门列表' });
  await expect(departments.getByRole('button', { name: /^上下水道事业所/ })).toContainText('附楼1层');
  await expect(departments.getByRole('button', { name: /^保健所/ })).toContainText('保健所1层');
  await chooseLanguage(page, 'Tiếng Việt');
  await expect(
    page
      .getByRole('list', { name: 'Danh sách phòng ban' })
      .getByRole('button', { name: /^Văn phòng Cấp thoát nước/ }),
  ).toContainText('Tòa nhà phụ, tầng 1');
});

/** The fonts other than the page's own that Chromium drew the texts under `selector` with. */
async function systemFontsIn(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
  expect(nodeIds.length, selector).toBeGreaterThan(0);
  const found = new Set<string>();
  for (const nodeId of nodeIds) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    expect(fonts.length, `${selector} is drawn`).toBeGreaterThan(0);
    for (const font of fonts) if (!font.isCustomFont) found.add(font.familyName);
  }
  await cdp.detach();
  return [...found];
}

test('Vietnamese is drawn wholly in the fonts the kiosk ships, on screen and on the paper copy', async ({
  page,
}) => {
  await chooseLanguage(page, 'Tiếng Việt');
  await page.getByRole('button', { name: /^Phòng Dịch vụ Hành chính Tổng hợp/ }).tap();
  await expect(page.getByRole('heading', { name: 'Đã phát số thứ tự' })).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  // A system font in the list is a glyph the shipped fonts lack, drawn in another face.
  for (const selector of ['.ticket-card__department', '.ticket-fact dd', '.ticket-card__hint']) {
    expect(await systemFontsIn(page, selector), selector).toEqual([]);
  }
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.ticket-print')).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  expect(await systemFontsIn(page, '.ticket-print__copy[lang="vi"] p'), 'paper copy').toEqual([]);
});
