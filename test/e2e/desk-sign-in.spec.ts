import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { demoStaff } from '../../server/demo/inje-office';
import { SYSTEM } from '../../server/hub/system-actor';
import type { Hub } from '../../server/hub/hub';
import { expect, test } from '../support/hub-fixture';
import { deskScreen } from '../support/screens';

// Issue 12, part 6: a desk whose session the hub ended shows the sign-in at once, and desk staff
// sign in only at their own department's desks unless the manager allows otherwise.
const clerk = demoStaff.find((s) => s.role === 'desk')!;
const manager = demoStaff.find((s) => s.role === 'manager')!;
const TAX_DESK = 3; // 세무회계과 1번 창구; the clerk works at 종합민원실 (desks 1 and 2)
const shots = resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

const shoot = async (page: Page, name: string) => {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: resolve(shots, `${name}.png`) });
};

function clerkRecord(hub: Hub) {
  return hub.guideBoard().staff.find((s) => s.login === clerk.login)!;
}

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('a desk shows the sign-in at once when a manager resets the clerk’s PIN', async ({ page, hub }) => {
      const desk = deskScreen(page);
      await desk.goto(1);
      await desk.signIn();
      await expect(desk.callNext).toBeVisible();

      // Nobody touches the desk: the hub's event alone brings the sign-in back.
      hub.execute('resetStaffPin', { staffId: clerkRecord(hub).id, pin: '8642' }, SYSTEM);
      await expect(desk.signInForm).toBeVisible();
      await expect(desk.callNext).toHaveCount(0);
      const ended = desk.signInForm.getByRole('alert');
      await expect(ended).toHaveText(
        '로그인이 끝났습니다. PIN이 바뀌었거나 관리자가 로그인을 끝냈습니다. 다시 로그인해 주세요.',
      );
      for (const box of [
        await ended.boundingBox(),
        await desk.signInForm.getByRole('button', { name: '로그인' }).boundingBox(),
      ]) {
        expect(box).not.toBeNull();
        expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
      }
      await shoot(page, `desk-signed-out-${viewport.width}x${viewport.height}`);

      // The new PIN signs in again, and the notice goes.
      await desk.signIn({ login: clerk.login, pin: '8642' });
      await expect(desk.callNext).toBeVisible();
      await expect(page.getByText('로그인이 끝났습니다.', { exact: false })).toHaveCount(0);
    });

    test('desk staff are refused at another department’s desk until the manager allows it', async ({
      page,
      browser,
      hubUrl,
    }) => {
      const desk = deskScreen(page);
      await desk.goto(TAX_DESK);
      await desk.signIn();
      const refusal = desk.signInForm.getByRole('alert');
      await expect(refusal).toHaveText(
        '다른 부서의 창구입니다. 소속 부서의 창구에서 로그인하거나, 이 창구에서도 일할 수 있게 해 달라고 관리자에게 요청하세요.',
      );
      const box = await refusal.boundingBox();
      expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
      await shoot(page, `desk-other-department-${viewport.width}x${viewport.height}`);

      // The manager, at another PC, lets the clerk work at other departments' desks.
      const context = await browser.newContext({ baseURL: hubUrl, viewport });
      try {
        const setup = await context.newPage();
        await setup.goto('/manager/setup');
        const form = setup.getByRole('region', { name: '관리자 로그인' });
        await form.getByRole('textbox', { name: '직원 아이디' }).fill(manager.login);
        await form.getByLabel('PIN').fill(manager.pin);
        await form.getByRole('button', { name: '로그인' }).click();
        const staff = setup.getByRole('region', { name: '직원', exact: true });
        const row = staff.getByRole('row', { name: /김민지/ });
        await expect(row).toContainText('종합민원실');
        await row.getByRole('button', { name: '김민지 수정' }).click();
        const editor = staff.getByRole('group', { name: '김민지 수정' });
        await expect(editor.getByLabel('소속 부서')).toHaveValue('1');
        const others = editor.getByRole('checkbox', { name: /다른 부서 창구에서도 일할 수 있음/ });
        await others.check();
        await editor.scrollIntoViewIfNeeded();
        await setup.evaluate(() => document.fonts.ready);
        await editor.screenshot({
          path: resolve(shots, `manager-staff-desks-${viewport.width}x${viewport.height}.png`),
        });
        await editor.getByRole('button', { name: '직원 저장' }).click();
        await expect(editor.getByRole('status')).toHaveText('저장했습니다.');
        await expect(row).toContainText('종합민원실 외 다른 부서도');
      } finally {
        await context.close();
      }

      await desk.signIn();
      await expect(desk.callNext).toBeVisible();
      await expect(desk.title).toHaveText('세무회계과 1번 창구');
    });
  });
}
