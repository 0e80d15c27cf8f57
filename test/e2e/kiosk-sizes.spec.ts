import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/hub-fixture';

/** The kiosks offices buy: a portrait floor stand, a landscape one and a small 5:4 counter unit. */
const kiosks = [
  { name: 'portrait', width: 1080, height: 1920 },
  { name: 'landscape', width: 1920, height: 1080 },
  { name: 'small', width: 1280, height: 1024 },
] as const;

type Box = { x: number; y: number; width: number; height: number };

/**
 * Where a control is on the screen as it stands, without scrolling anything into view; null
 * when some of it lies off the screen or something else covers its middle.
 */
async function onScreen(page: Page, control: Locator): Promise<Box | null> {
  const box = await control.boundingBox();
  const viewport = page.viewportSize()!;
  if (!box || box.y < 0 || box.x < 0) return null;
  if (box.y + box.height > viewport.height + 0.5 || box.x + box.width > viewport.width + 0.5) return null;
  const hit = await control.evaluate(
    (element, [x, y]) => {
      const top = document.elementFromPoint(x!, y!);
      return top !== null && element.contains(top);
    },
    [box.x + box.width / 2, box.y + box.height / 2],
  );
  return hit ? box : null;
}

async function expectInLowerHalf(page: Page, control: Locator, label: string): Promise<void> {
  const box = await onScreen(page, control);
  expect(box, `${label} is on the screen without scrolling`).not.toBeNull();
  expect(box!.y, `${label} is in the lower half`).toBeGreaterThanOrEqual(page.viewportSize()!.height / 2);
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screenshots/kiosk-${name}.png` });

for (const kiosk of kiosks) {
  test.describe(`${kiosk.name} kiosk ${String(kiosk.width)}×${String(kiosk.height)}`, () => {
    test.use({ viewport: { width: kiosk.width, height: kiosk.height }, hasTouch: true });

    test('accessibility and call staff are within reach, and the departments use the height', async ({
      page,
    }) => {
      await page.goto('/kiosk');
      await expectInLowerHalf(page, page.getByRole('button', { name: '접근성' }), '접근성');
      await expectInLowerHalf(page, page.getByRole('button', { name: '직원 호출 · 동행 요청' }), '직원 호출');
      const departments = page.getByRole('list', { name: '부서 목록' }).getByRole('button');
      expect(await onScreen(page, departments.first()), 'the first department').not.toBeNull();
      // No empty foot: the cards come down to the tools at the bottom of the screen.
      const footer = (await page.getByRole('contentinfo').boundingBox())!;
      const lowest = Math.max(
        ...(await departments.evaluateAll((cards) => cards.map((c) => c.getBoundingClientRect().bottom))),
      );
      expect(footer.y - Math.min(lowest, footer.y), 'gap above the tools').toBeLessThan(kiosk.height * 0.08);
      await shot(page, `${kiosk.name}-home`);
    });

    test('the ticket’s print, done and “take me there” are on the screen without scrolling', async ({
      page,
    }) => {
      await page.goto('/kiosk');
      await page.getByRole('button', { name: /^종합민원실/ }).tap();
      await expect(page.locator('.ticket-card__qr')).toBeVisible();
      for (const name of ['번호표 인쇄', '확인 — 처음 화면으로', /동행 안내 요청/]) {
        expect(await onScreen(page, page.getByRole('button', { name })), String(name)).not.toBeNull();
      }
      expect(await onScreen(page, page.getByText('A 001', { exact: true })), 'the number').not.toBeNull();
      await shot(page, `${kiosk.name}-ticket`);
    });

    test('in low-screen mode every first choice is in the lower half without scrolling', async ({ page }) => {
      await page.goto('/kiosk');
      await page.getByRole('button', { name: '접근성' }).tap();
      await page.getByRole('button', { name: '낮은 화면' }).tap();
      await page.getByRole('button', { name: '접근성' }).tap();
      await expectInLowerHalf(page, page.getByRole('button', { name: '접근성' }), '접근성');
      await expectInLowerHalf(page, page.getByRole('button', { name: '직원 호출 · 동행 요청' }), '직원 호출');
      await expectInLowerHalf(page, page.getByRole('button', { name: /업무로 찾기/ }), '업무로 찾기');
      await expectInLowerHalf(page, page.getByRole('button', { name: 'English', exact: true }), 'English');
      const departments = page.getByRole('list', { name: '부서 목록' }).getByRole('button');
      // The first row of departments: as many as sit beside the first one.
      const firstTop = (await departments.first().boundingBox())!.y;
      for (const card of await departments.all()) {
        if ((await card.boundingBox())!.y > firstTop + 1) break;
        await expectInLowerHalf(page, card, (await card.textContent()) ?? '');
      }
      await shot(page, `${kiosk.name}-low-screen`);
    });

    test('at 200 % text the ticket number stays on one line and the actions stay on the screen', async ({
      page,
    }) => {
      await page.goto('/kiosk');
      await page.getByRole('button', { name: '접근성' }).tap();
      await page.getByRole('button', { name: '큰 글자' }).tap();
      await page.getByRole('button', { name: '접근성' }).tap();
      await page
        .getByRole('button', { name: /^종합민원실/ })
        .first()
        .tap();
      const number = page.getByText('A 001', { exact: true });
      await expect(number).toBeVisible();
      const lines = await number.evaluate((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      });
      expect(lines, 'lines of the ticket number').toBe(1);
      for (const name of ['번호표 인쇄', '확인 — 처음 화면으로']) {
        expect(await onScreen(page, page.getByRole('button', { name })), name).not.toBeNull();
      }
      await shot(page, `${kiosk.name}-ticket-large-text`);
    });
  });
}
