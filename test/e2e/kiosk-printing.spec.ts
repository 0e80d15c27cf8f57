import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { PrintTicketResult } from '../../shared/contract/desktop-bridge';
import { expect, test } from '../support/hub-fixture';
import { recordSpeech, spoken } from '../support/kiosk';
import { kioskScreen } from '../support/screens';

/**
 * Stands in for the desktop app's preload in a plain browser: `window.minwonDesktop` answers every
 * print with `result` and counts the calls, and `window.print` (the browser's dialog) is counted
 * too, so a test sees which way the kiosk printed.
 */
async function fakeDesktop(page: Page, result: PrintTicketResult): Promise<void> {
  await page.addInitScript((answer: PrintTicketResult) => {
    const counts = { silent: 0, dialog: 0 };
    const requests: unknown[] = [];
    Object.assign(window, {
      printCounts: counts,
      printRequests: requests,
      minwonDesktop: {
        shell: 'electron',
        version: 'test',
        printTicket: (request?: unknown) => {
          counts.silent += 1;
          requests.push(request);
          return Promise.resolve(answer);
        },
      },
    });
    window.print = () => {
      counts.dialog += 1;
    };
  }, result);
}

const printCounts = (page: Page) =>
  page.evaluate(() => (window as unknown as { printCounts: { silent: number; dialog: number } }).printCounts);

test('a ticket the roll printer could not print stays on screen, said aloud, with staff a touch away', async ({
  page,
}) => {
  await recordSpeech(page);
  await fakeDesktop(page, { ok: false, reason: 'out of paper' });
  const kiosk = kioskScreen(page);
  await kiosk.goto();
  await kiosk.department(/종합민원실/).click();

  await expect(kiosk.ticketHeading).toBeVisible();
  const failure = page.getByRole('alert').filter({ hasText: '번호표를 인쇄하지 못했습니다' });
  await expect(failure).toBeVisible();
  await expect(failure).toContainText('프린터 응답: out of paper');
  await expect(page.getByText('A 001', { exact: true })).toBeVisible();
  expect(await printCounts(page)).toEqual({ silent: 1, dialog: 0 });
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze();
  expect(axe.violations).toEqual([]);

  // Spoken although the voice guide is off: the visitor may be watching the paper slot.
  await expect
    .poll(async () => (await spoken(page)).map((s) => s.text))
    .toContainEqual(expect.stringContaining('번호표를 인쇄하지 못했습니다'));
  expect((await spoken(page)).at(-1)?.lang).toBe('ko-KR');

  await failure.getByRole('button', { name: '직원 부르기' }).click();
  await expect(page.getByRole('dialog', { name: '직원을 부를까요?' })).toBeVisible();
  await expect(page.getByText('A 001', { exact: true })).toBeVisible();
});

test('a ticket the roll printer printed shows no failure, and printing again uses the printer, not a dialog', async ({
  page,
}) => {
  await fakeDesktop(page, { ok: true });
  const kiosk = kioskScreen(page);
  await kiosk.goto();
  await kiosk.department(/종합민원실/).click();

  await expect(kiosk.ticketHeading).toBeVisible();
  await expect.poll(() => printCounts(page)).toEqual({ silent: 1, dialog: 0 });
  await page.getByRole('button', { name: '번호표 인쇄' }).click();
  await expect.poll(() => printCounts(page)).toEqual({ silent: 2, dialog: 0 });
  // The desktop app is asked for a page as long as the ticket, not a 200 mm one.
  const requests = await page.evaluate(
    () => (window as unknown as { printRequests: unknown[] }).printRequests,
  );
  expect(requests).toEqual([{ heightMm: expect.any(Number) }, { heightMm: expect.any(Number) }]);
  const [{ heightMm }] = requests as [{ heightMm: number }];
  expect(heightMm).toBeGreaterThan(40);
  expect(heightMm).toBeLessThan(150);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByText('번호표를 인쇄하지 못했습니다')).toHaveCount(0);
});

test('a tap on print while the ticket is still printing asks for no second copy and shows no failure', async ({
  page,
}) => {
  // A printer that takes its time: each print answers only when the test says so.
  await page.addInitScript(() => {
    const pending: (() => void)[] = [];
    Object.assign(window, {
      silentPrints: 0,
      finishPrint: () => pending.shift()?.(),
      minwonDesktop: {
        shell: 'electron',
        version: 'test',
        printTicket: () => {
          (window as unknown as { silentPrints: number }).silentPrints += 1;
          return new Promise((resolve) => pending.push(() => resolve({ ok: true })));
        },
      },
    });
  });
  const silentPrints = () =>
    page.evaluate(() => (window as unknown as { silentPrints: number }).silentPrints);
  const kiosk = kioskScreen(page);
  await kiosk.goto();
  await kiosk.department(/종합민원실/).click();
  await expect(kiosk.ticketHeading).toBeVisible();
  await expect.poll(silentPrints).toBe(1);
  await page.getByRole('button', { name: '번호표 인쇄' }).click();
  expect(await silentPrints()).toBe(1);
  await page.evaluate(() => (window as unknown as { finishPrint(): void }).finishPrint());
  await page.getByRole('button', { name: '번호표 인쇄' }).click();
  await expect.poll(silentPrints).toBe(2);
  await expect(page.getByText('번호표를 인쇄하지 못했습니다')).toHaveCount(0);
});

test('in a plain browser the ticket waits for the visitor to ask for the print dialog', async ({ page }) => {
  await page.addInitScript(() => {
    Object.assign(window, { dialogPrints: 0 });
    window.print = () => {
      (window as unknown as { dialogPrints: number }).dialogPrints += 1;
    };
  });
  const kiosk = kioskScreen(page);
  await kiosk.goto();
  await kiosk.department(/종합민원실/).click();
  await expect(kiosk.ticketHeading).toBeVisible();
  const dialogPrints = () =>
    page.evaluate(() => (window as unknown as { dialogPrints: number }).dialogPrints);
  expect(await dialogPrints()).toBe(0);
  await page.getByRole('button', { name: '번호표 인쇄' }).click();
  expect(await dialogPrints()).toBe(1);
});
