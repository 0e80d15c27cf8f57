import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_WRONG_PINS } from '../../server/auth/pin-guard';
import { HubError } from '../../shared/contract/errors';
import { startTestHub, type TestHub } from '../support/test-hub';

let t: TestHub;
beforeEach(async () => {
  t = await startTestHub();
});
afterEach(async () => {
  await t.dispose();
});

const lanPc = (n: number) => ({ address: `192.168.0.${n}`, local: false });

/** The error code a sign-in ends with, or 'ok'. */
async function outcome(attempt: Promise<unknown>): Promise<string> {
  try {
    await attempt;
    return 'ok';
  } catch (error) {
    if (error instanceof HubError) return error.code;
    throw error;
  }
}

function tally(codes: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const code of codes) counts[code] = (counts[code] ?? 0) + 1;
  return counts;
}

describe('sign-in under attack', () => {
  it('hashes for an unknown id as for a known one: 20 at once fill the hashing queue', async () => {
    const unknown = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        outcome(t.hub.signIn({ login: `nobody.${i}`, pin: '0000' }, lanPc(i + 1))),
      ),
    );
    const known = await Promise.all(
      ['manager.lee', 'desk.kim', 'guide.park'].flatMap((login, k) =>
        Array.from({ length: 2 }, (_, i) =>
          outcome(t.hub.signIn({ login, pin: '0000' }, lanPc(100 + 2 * k + i))),
        ),
      ),
    );
    // Two hashing at a time and 16 waiting: the last two of a burst are sent away, not queued.
    expect(tally(unknown)).toEqual({ wrong_pin: 18, rate_limited: 2 });
    expect(tally(known)).toEqual({ wrong_pin: 6 });
  });

  it('counts parallel wrong PINs before hashing, so a burst cannot slip past the lock-out', async () => {
    const burst = await Promise.all(
      Array.from({ length: 20 }, () =>
        outcome(t.hub.signIn({ login: 'manager.lee', pin: '0000' }, lanPc(7))),
      ),
    );
    expect(tally(burst)).toEqual({ wrong_pin: MAX_WRONG_PINS, pin_locked: 20 - MAX_WRONG_PINS });
  });

  it('leaves the manager able to sign in at the hub’s own PC while a stranger has locked the id', async () => {
    for (let i = 0; i < MAX_WRONG_PINS; i++) {
      await outcome(t.hub.signIn({ login: 'manager.lee', pin: '0000' }, lanPc(66)));
    }
    const right = { login: 'manager.lee', pin: '1357' };
    expect(await outcome(t.hub.signIn(right, lanPc(20)))).toBe('pin_locked');
    expect(await outcome(t.hub.signIn(right, { address: '127.0.0.1', local: true }))).toBe('ok');
  });

  it('keeps serving screens while sign-ins hash', async () => {
    const order: string[] = [];
    const signIns = Array.from({ length: 8 }, (_, i) =>
      fetch(`${t.url}/api/v1/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login: i % 2 ? 'desk.kim' : `nobody.${i}`, pin: '0000', deskId: 1 }),
      }).then((r) => order.push(`sign-in ${r.status}`)),
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    const board = fetch(`${t.url}/api/v1/office`).then((r) => order.push(`office ${r.status}`));
    await Promise.all([...signIns, board]);
    // Eight checks take four rounds of two slots; the office snapshot does not wait for them.
    expect(order.indexOf('office 200')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('office 200')).toBeLessThan(4);
  });
});
