import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import config from '../../playwright.config';
import { startTestHub, type TestHub } from '../support/test-hub';

// DNS rebinding as a browser on the hub's PC meets it: the attacker's page comes from
// attacker.test, then the name points at 127.0.0.1 and the page's own-origin requests reach
// the hub. Chromium's resolver maps the name to loopback; the page itself is the attacker's,
// served by the test in place of the attacker's server. Recent Chromium blocks such requests
// itself (Private Network Access); that defence is switched off here, as it is absent from
// other browsers and older embedded ones, so that the hub's own refusal is what is tested.
const ATTACKER = 'attacker.test';
const rendererDir = resolve(import.meta.dirname, '..', '..', 'dist', 'renderer');
const configured = config.use?.launchOptions ?? {};

test.use({
  launchOptions: {
    ...configured,
    args: [
      ...(configured.args ?? []),
      `--host-resolver-rules=MAP ${ATTACKER} 127.0.0.1`,
      '--disable-features=BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessSendPreflights,PrivateNetworkAccessRespectPreflightResults,LocalNetworkAccessChecks',
    ],
  },
});

let hub: TestHub;
test.beforeEach(async () => {
  hub = await startTestHub({ rendererDir });
});
test.afterEach(async () => {
  await hub.dispose();
});

test('a rebound page reaches nothing of the hub: no boards, no commands, no event stream, no screens', async ({
  page,
}) => {
  const origin = `http://${ATTACKER}:${hub.port}`;
  await page.route(`${origin}/`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>free coupons</title>' }),
  );
  await page.goto(`${origin}/`);
  const seq = hub.hub.lastSeq();

  const outcome = await page.evaluate(async () => {
    const status = (path: string, init?: RequestInit) =>
      fetch(path, init).then(
        (r) => r.status,
        () => 0,
      );
    const stream = await new Promise<string>((done) => {
      const socket = new WebSocket(`ws://${location.host}/api/v1/events`, 'minwon.v1');
      socket.onopen = () => done('open');
      socket.onerror = () => done('refused');
    });
    return {
      guide: await status('/api/v1/guide'),
      desk: await status('/api/v1/desks/1'),
      issue: await status('/api/v1/commands/issueTicket', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ departmentId: 1 }),
      }),
      screens: await status('/desk/1'),
      stream,
    };
  });

  // The page lets go of its connections before the hub closes.
  await page.close();
  expect(outcome).toEqual({ guide: 421, desk: 421, issue: 421, screens: 421, stream: 'refused' });
  expect(hub.hub.lastSeq()).toBe(seq);
});

test('the hub’s own screens still open by its address and by localhost', async ({ page }) => {
  for (const base of [hub.url, `http://localhost:${hub.port}`]) {
    await page.goto(`${base}/kiosk`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
});
