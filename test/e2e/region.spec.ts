import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Hub } from '../../server/hub/hub';
import { startHub, type RunningHub } from '../../server/start-hub';
import { charterPresets, type CharterPresetId } from '../../shared/charter/presets';
import { registerOffice } from '../../region/registry/register-office';
import { startRegion, type RunningRegion } from '../../region/start-region';
import { createFakeClock } from '../support/fake-clock';
import { hashPinOnce } from '../support/hash-pin-once';
import {
  createTestDatabase,
  NEEDS_PG,
  PG_MISSING_REASON,
  TEST_PG,
  type TestDatabase,
} from '../support/test-postgres';
import { SYSTEM } from '../../server/hub/system-actor';

const rendererDir = resolve(import.meta.dirname, '..', '..', 'dist', 'renderer');
const shots = resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots');
const MORNING = Date.parse('2026-11-23T00:30:00Z'); // Monday 09:30 in Seoul

type Office = { running: RunningHub; dataDir: string; clock: ReturnType<typeof createFakeClock> };

/** Visits at desk 1, each acknowledged after `attendMs`, the visitor tapping `scores[i]` after it. */
function serveVisits(
  hub: Hub,
  clock: Office['clock'],
  attendMs: readonly number[],
  scores: readonly (1 | 2 | 3 | 4 | 5)[],
): void {
  for (const [i, ms] of attendMs.entries()) {
    const { ticket } = hub.execute('issueTicket', { departmentId: 1 }, SYSTEM);
    clock.advance(45_000);
    hub.execute('callTicket', { deskId: 1, ticketId: ticket.id }, SYSTEM);
    clock.advance(ms);
    hub.execute('acknowledgeArrival', { deskId: 1, ticketId: ticket.id }, SYSTEM);
    clock.advance(120_000);
    hub.execute('finishService', { deskId: 1, ticketId: ticket.id, note: '민원인 연락처 메모' }, SYSTEM);
    const score = scores[i];
    if (score !== undefined) hub.execute('rateVisit', { code: ticket.code, score }, SYSTEM);
  }
}

test.describe(`the region screen${NEEDS_PG}`, () => {
  test.skip(!TEST_PG, PG_MISSING_REASON);

  let database: TestDatabase;
  let region: RunningRegion;
  const offices: Office[] = [];

  test.beforeAll(async () => {
    database = await createTestDatabase();
    region = await startRegion({
      pgUrl: database.url,
      port: 0,
      pollMs: 0,
      rendererDir,
      clock: createFakeClock(MORNING + 8 * 3_600_000),
    });
    const plans: [CharterPresetId, number[], (1 | 2 | 3 | 4 | 5)[]][] = [
      ['inje', [3_000, 4_000, 6_000, 9_000], [5, 4, 4]],
      ['mokpo', [1_000, 2_000, 3_000, 4_000, 5_000], [5, 5, 4, 5, 5]],
      // 밀양시 promises 10 seconds; half its visitors waited half a minute.
      ['miryang', [8_000, 30_000, 35_000, 6_000], [4, 1, 2, 4]],
    ];
    for (const [preset, attendMs, scores] of plans) {
      const dataDir = mkdtempSync(join(tmpdir(), 'minwon-region-e2e-'));
      const clock = createFakeClock(MORNING);
      const running = await startHub({
        dataDir,
        port: 0,
        demo: true,
        clock,
        rendererDir: null,
        hashPin: hashPinOnce,
      });
      if (preset !== 'inje') running.hub.execute('applyCharter', charterPresets[preset], SYSTEM);
      serveVisits(running.hub, clock, attendMs, scores);
      if (preset === 'miryang') {
        // A visitor who waited complains at the kiosk; the office has not answered yet.
        running.hub.execute(
          'receiveCase',
          { category: 'waiting', description: '30분 넘게 기다렸습니다', concerns: { departmentId: 1 } },
          SYSTEM,
        );
      }
      const { code } = running.hub.execute(
        'startPairing',
        { role: 'region', name: '도청 지역 집계' },
        SYSTEM,
      );
      await registerOffice(region.pool, { hubUrl: running.url, code, now: MORNING });
      offices.push({ running, dataDir, clock });
    }
    await region.follower.runOnce();
  });

  test.afterAll(async () => {
    await region.close();
    for (const o of offices) {
      await o.running.close();
      rmSync(o.dataDir, { recursive: true, force: true });
    }
    await database.drop();
  });

  const row = (page: Page, name: string) =>
    page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });

  test('shows three offices side by side, the one behind its promise marked since its first day', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${region.url}/region`);
    await expect(page.getByRole('heading', { level: 1, name: '사무소별 헌장 이행 현황' })).toBeVisible();
    await expect(page.locator('.page-heading__lead')).toHaveText(
      '2026. 11. 23. (월) · 사무소 3곳 · 목표 미달 1곳 · 수신 문제 0곳 (기준 90%)',
    );

    const miryang = row(page, '밀양시');
    await expect(miryang).toHaveClass(/region-row--behind/);
    await expect(miryang.getByText('응대 목표 미달')).toBeVisible();
    await expect(miryang.getByText('2026. 11. 23. (월)부터 · 1영업일')).toBeVisible();
    await expect(miryang.getByRole('cell', { name: /^50%\s*목표 10초$/ })).toBeVisible();
    for (const name of ['인제군', '목포시']) {
      await expect(row(page, name).getByText('목표 준수')).toBeVisible();
    }
    await expect(row(page, '인제군').getByRole('cell', { name: /^100%\s*목표 10초$/ })).toBeVisible();
    await expect(row(page, '목포시').getByRole('cell', { name: /^100%\s*목표 5초$/ })).toBeVisible();
    await expect(row(page, '인제군').getByText('목표 없음')).toBeVisible();
    // Satisfaction: the mean face and how many of the visits served were rated.
    await expect(
      row(page, '밀양시').getByRole('cell', { name: /^2\.8점\s*응답 4 \/ 처리 4$/ }),
    ).toBeVisible();
    await expect(
      row(page, '인제군').getByRole('cell', { name: /^4\.3점\s*응답 3 \/ 처리 4$/ }),
    ).toBeVisible();
    // Complaints: received, and the one still open.
    await expect(row(page, '밀양시').getByRole('cell', { name: /^1\s*처리 중 1$/ })).toBeVisible();
    await expect(
      row(page, '목포시').getByText(/^마지막 수신 11\. 23\. \d\d:\d\d · 이벤트 \d+$/),
    ).toBeVisible();

    // A region manager at a 1366-wide desk sees every office's status without scrolling sideways.
    for (const name of ['인제군', '목포시', '밀양시']) {
      const status = row(page, name).getByRole('cell').last();
      const box = (await status.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(1366);
    }
    await page.screenshot({ path: resolve(shots, 'region-day.png'), fullPage: true });

    await page.getByRole('button', { name: '월별' }).click();
    await expect(page.getByText('2026년 11월')).toBeVisible();
    await expect(row(page, '밀양시').getByText('응대 목표 미달')).toBeVisible();
    const xlsx = page.getByRole('link', { name: '엑셀(XLSX) 내려받기' });
    await expect(xlsx).toHaveAttribute('href', /by=month.*format=xlsx|format=xlsx.*by=month/);
    const download = page.waitForEvent('download');
    await xlsx.click();
    expect((await download).suggestedFilename()).toBe('region_month_2026-11-01_2026-11-30.xlsx');

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Charter compliance by office' })).toBeVisible();
    await expect(row(page, 'Miryang City').getByText('behind on attend time')).toBeVisible();
  });

  test('makes an office that stopped sending stand out', async ({ page }) => {
    await offices[1]!.running.close();
    await region.follower.runOnce();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${region.url}/region`);
    const mokpo = row(page, '목포시');
    await expect(mokpo).toHaveClass(/region-row--alert/);
    await expect(mokpo.getByText('연결 안 됨')).toBeVisible();
    await expect(page.locator('.page-heading__lead')).toContainText(
      '사무소 3곳 · 목표 미달 1곳 · 수신 문제 1곳',
    );
    await page.screenshot({ path: resolve(shots, 'region-silent.png'), fullPage: true });
  });
});
