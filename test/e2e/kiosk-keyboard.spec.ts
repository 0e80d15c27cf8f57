import type { Page } from '@playwright/test';
import { expect, test } from '../support/hub-fixture';

// A touch-only kiosk: no physical keyboard, so search is typed on the screen with a finger.
test.use({ viewport: { width: 1080, height: 1920 }, hasTouch: true });

function keyboard(page: Page, name: RegExp) {
  const group = page.getByRole('group', { name });
  return {
    group,
    tap: async (...keys: string[]) => {
      for (const key of keys) await group.getByRole('button', { name: key, exact: true }).tap();
    },
  };
}

test('a visitor composes 여권 and then ㅇㄱ on the on-screen keyboard and finds the passport desk', async ({
  page,
  hub,
}) => {
  await page.goto('/kiosk');
  await page.getByRole('button', { name: /업무로 찾기/ }).tap();
  const keys = keyboard(page, /업무 검색 자판/);
  const search = page.getByRole('searchbox', { name: '업무 검색' });
  const results = page.getByRole('list', { name: '업무 목록' });

  await keys.tap('ㅇ', 'ㅕ', 'ㄱ', 'ㅜ', 'ㅓ', 'ㄴ');
  await expect(search).toHaveValue('여권');
  await expect(results.getByRole('button')).toHaveCount(1);
  await expect(results.getByRole('button', { name: /^여권 발급/ })).toBeVisible();

  await keys.tap('지우기');
  await expect(search).toHaveValue('여궈');
  await keys.tap('모두 지우기', 'ㅇ', 'ㄱ');
  await expect(search).toHaveValue('ㅇㄱ');
  await results.getByRole('button', { name: /^여권 발급/ }).tap();
  await expect(page.getByRole('heading', { name: '번호표가 발급되었습니다' })).toBeVisible();
  const [ticket] = hub.deskState(1).waiting;
  expect(ticket?.taskId).toBe(5);
});

test('the Korean keyboard types tense consonants with Shift and switches to Latin letters', async ({
  page,
}) => {
  await page.goto('/kiosk');
  await page.getByRole('button', { name: /업무로 찾기/ }).tap();
  const keys = keyboard(page, /업무 검색 자판/);
  const search = page.getByRole('searchbox', { name: '업무 검색' });
  await keys.tap('쌍자음', 'ㄲ', 'ㅗ', 'ㅊ');
  await expect(search).toHaveValue('꽃');
  await expect(keys.group.getByRole('button', { name: '쌍자음' })).toHaveAttribute('aria-pressed', 'false');
  await keys.tap('모두 지우기', 'ABC', 'p', 'a', 's', 's');
  await expect(search).toHaveValue('pass');
  await expect(page.getByRole('list', { name: '업무 목록' }).getByRole('button')).toHaveCount(1);
});

test('an English visitor types on Latin keys, and typing leaves the focus in the search field', async ({
  page,
}) => {
  await page.goto('/kiosk');
  await page.getByRole('button', { name: 'English', exact: true }).tap();
  await page.getByRole('button', { name: /Find by task/ }).tap();
  const search = page.getByRole('searchbox', { name: 'Search tasks' });
  await search.tap();
  const keys = keyboard(page, /Keyboard for Search tasks/);
  await keys.tap('v', 'a', 'c', 'c');
  await expect(search).toHaveValue('vacc');
  await expect(search).toBeFocused();
  await expect(
    page.getByRole('list', { name: 'Tasks' }).getByRole('button', { name: /^Vaccination/ }),
  ).toBeVisible();
});
