import { afterEach, describe, expect, it } from 'vitest';
import { COMMAND_ALLOWANCES, MAX_WRONG_REPEAT_CODES } from '../../server/http/command-limits';
import { LOCK_MS } from '../../server/auth/pin-guard';
import { startTestHub, type TestHub } from '../support/test-hub';

let hubs: TestHub[] = [];
afterEach(async () => {
  const done = hubs;
  hubs = [];
  for (const t of done) await t.dispose();
});

async function lanHub(): Promise<TestHub> {
  const t = await startTestHub({ asLan: true });
  hubs.push(t);
  return t;
}

const waitingIn = async (t: TestHub, departmentId: number) => {
  const office = (await t.get('/api/v1/departments', t.managerToken)).json as {
    departments: { id: number; waiting: number }[];
  };
  return office.departments.find((d) => d.id === departmentId)!.waiting;
};

describe('a kiosk that floods the hub', () => {
  it('gets its burst of tickets, then a kind refusal, then one ticket per 3 s; another kiosk is not held up', async () => {
    const t = await lanHub();
    const stuck = await t.pairDevice('kiosk');
    const other = await t.pairDevice('kiosk');
    const { burst, perMinute } = COMMAND_ALLOWANCES.issueTicket;
    const replies = [];
    for (let i = 0; i < 50; i++) replies.push(await t.post('issueTicket', { departmentId: 1 }, stuck));
    expect(replies.filter((r) => r.status === 200)).toHaveLength(burst);
    expect(replies.at(-1)).toMatchObject({
      status: 429,
      json: { error: { code: 'rate_limited', retryAfterSeconds: 60 / perMinute } },
    });
    expect((await t.post('issueTicket', { departmentId: 1 }, other)).status).toBe(200);
    expect(await waitingIn(t, 1)).toBe(burst + 1);

    t.clock.advance((60 / perMinute) * 1000);
    expect((await t.post('issueTicket', { departmentId: 1 }, stuck)).status).toBe(200);
    expect((await t.post('issueTicket', { departmentId: 1 }, stuck)).status).toBe(429);
    // Staff at a desk are not limited: a manager issuing on a visitor's behalf.
    for (let i = 0; i < burst + 2; i++) {
      expect((await t.post('issueTicket', { departmentId: 2 })).status).toBe(200);
    }
  });

  it('cannot keep raising call-staff requests', async () => {
    const t = await lanHub();
    const kiosk = await t.pairDevice('kiosk');
    const statuses = [];
    for (let i = 0; i < 20; i++) {
      statuses.push((await t.post('requestEscort', { kind: 'callStaff', reason: 'other' }, kiosk)).status);
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(COMMAND_ALLOWANCES.requestEscort.burst);
    const guide = (await t.get('/api/v1/guide', t.managerToken)).json as { requests: unknown[] };
    expect(guide.requests).toHaveLength(COMMAND_ALLOWANCES.requestEscort.burst);
  });

  it('locks repeat-visit codes after 5 wrong guesses, even the right code, until the lock ends', async () => {
    const t = await lanHub();
    const kiosk = await t.pairDevice('kiosk');
    const earlier = (await t.post('issueTicket', { departmentId: 1 })).json as {
      result: { ticket: { code: string } };
    };
    const guess = (code: string) => t.post('issueTicket', { departmentId: 1, repeatOfCode: code }, kiosk);
    for (let i = 0; i < MAX_WRONG_REPEAT_CODES; i++) {
      expect((await guess(String(100000000 + i))).status).not.toBe(200);
    }
    expect(await guess(earlier.result.ticket.code)).toMatchObject({
      status: 429,
      json: { error: { code: 'repeat_code_locked', retryAfterSeconds: LOCK_MS / 1000 } },
    });
    // An ordinary ticket is still given: the lock is on claims, not on the queue.
    expect((await t.post('issueTicket', { departmentId: 1 }, kiosk)).status).toBe(200);
    t.clock.advance(LOCK_MS);
    expect((await guess(earlier.result.ticket.code)).status).toBe(200);
  });
});
