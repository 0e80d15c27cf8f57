import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_MS, MAX_WRONG_PINS, MAX_WRONG_PINS_PER_ADDRESS } from '../../server/auth/pin-guard';
import { startTestHub, type TestHub } from '../support/test-hub';

let t: TestHub;
beforeEach(async () => {
  t = await startTestHub();
});
afterEach(async () => {
  await t.dispose();
});

const signInReply = (body: unknown) =>
  fetch(`${t.url}/api/v1/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }).then(async (r) => ({ status: r.status, json: (await r.json()) as unknown }));

describe('staff sign-in', () => {
  it('signs desk staff in at a desk, and the session says who and where', async () => {
    const token = await t.signIn('desk.kim', '2580', 1);
    const current = await t.get('/api/v1/sessions/current', token);
    expect(current).toMatchObject({
      status: 200,
      json: { staff: { login: 'desk.kim', name: '김민지', role: 'desk' }, deskId: 1 },
    });
    expect(JSON.stringify(current.json)).not.toContain('scrypt');
  });

  it('refuses a wrong PIN and an unknown id with the same answer', async () => {
    const wrong = await signInReply({ login: 'desk.kim', pin: '0000', deskId: 1 });
    const unknown = await signInReply({ login: 'nobody', pin: '0000', deskId: 1 });
    expect(wrong).toEqual({
      status: 401,
      json: { error: { code: 'wrong_pin', message: expect.any(String) as string } },
    });
    expect(unknown.json).toEqual(wrong.json);
  });

  it('locks an id after repeated wrong PINs, even for the right PIN, until the lock ends', async () => {
    for (let i = 0; i < MAX_WRONG_PINS; i++) await signInReply({ login: 'desk.kim', pin: '1111', deskId: 1 });
    const locked = await signInReply({ login: 'desk.kim', pin: '2580', deskId: 1 });
    expect(locked).toMatchObject({
      status: 429,
      json: { error: { code: 'pin_locked', retryAfterSeconds: LOCK_MS / 1000 } },
    });
    t.clock.advance(LOCK_MS);
    expect((await signInReply({ login: 'desk.kim', pin: '2580', deskId: 1 })).status).toBe(200);
  });

  it('locks a PC that tries PINs across many ids, for twice as long each time', async () => {
    const spray = async () => {
      for (let i = 0; i < MAX_WRONG_PINS_PER_ADDRESS; i++) {
        const reply = await signInReply({ login: `staff.${i}`, pin: '0000', deskId: 1 });
        expect(reply.status).toBe(401);
      }
    };
    await spray();
    const right = { login: 'desk.kim', pin: '2580', deskId: 1 };
    expect(await signInReply(right)).toMatchObject({
      status: 429,
      json: { error: { code: 'pin_locked', retryAfterSeconds: LOCK_MS / 1000 } },
    });
    t.clock.advance(LOCK_MS);
    await spray();
    expect(await signInReply(right)).toMatchObject({
      json: { error: { code: 'pin_locked', retryAfterSeconds: (2 * LOCK_MS) / 1000 } },
    });
    t.clock.advance(2 * LOCK_MS);
    expect((await signInReply(right)).status).toBe(200);
  });

  it('asks desk staff to name their desk', async () => {
    const reply = await signInReply({ login: 'desk.kim', pin: '2580' });
    expect(reply).toMatchObject({ status: 400, json: { error: { code: 'invalid_input' } } });
  });

  it('ends a session at sign-out', async () => {
    const token = await t.signIn('desk.kim', '2580', 1);
    const out = await fetch(`${t.url}/api/v1/sessions/current`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(out.status).toBe(200);
    expect((await t.post('callNext', { deskId: 1 }, token)).json).toMatchObject({
      error: { code: 'sign_in_required' },
    });
  });

  it('signs a person out everywhere when a manager resets their PIN', async () => {
    const token = await t.signIn('desk.kim', '2580', 1);
    const staff = (await t.get('/api/v1/sessions/current', token)).json as { staff: { id: number } };
    expect((await t.post('resetStaffPin', { staffId: staff.staff.id, pin: '8642' })).status).toBe(200);
    expect((await t.get('/api/v1/sessions/current', token)).status).toBe(401);
    await expect(t.signIn('desk.kim', '2580', 1)).rejects.toThrow();
    expect(await t.signIn('desk.kim', '8642', 1)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

describe('who may do what', () => {
  it('lets a kiosk take tickets and ask for help without signing in, and nothing else', async () => {
    expect((await t.post('issueTicket', { departmentId: 1 }, null)).status).toBe(200);
    expect((await t.post('requestEscort', { kind: 'escort', reason: 'wheelchair' }, null)).status).toBe(200);
    const call = await t.post('callNext', { deskId: 1 }, null);
    expect(call).toMatchObject({ status: 401, json: { error: { code: 'sign_in_required' } } });
  });

  it('keeps desk staff to their own desk and away from manager and guide commands', async () => {
    await t.post('issueTicket', { departmentId: 1 }, null);
    const token = await t.signIn('desk.kim', '2580', 1);
    expect((await t.post('callNext', { deskId: 2 }, token)).json).toMatchObject({
      error: { code: 'forbidden' },
    });
    expect((await t.post('callNext', { deskId: 1 }, token)).status).toBe(200);
    const manager = await t.post(
      'defineDesk',
      { departmentId: 1, nameKo: '가', nameEn: 'A', mode: 'queue' },
      token,
    );
    expect(manager).toMatchObject({ status: 403, json: { error: { code: 'forbidden' } } });
    expect((await t.post('acceptEscort', { requestId: 1 }, token)).status).toBe(403);
  });

  it('lets a manager set the office up over the API', async () => {
    const desk = await t.post('defineDesk', {
      departmentId: 1,
      nameKo: '종합민원실 3번 창구',
      nameEn: 'Desk 3',
      mode: 'queue',
    });
    expect(desk).toMatchObject({
      status: 200,
      json: { result: { desk: { nameKo: '종합민원실 3번 창구' } } },
    });
  });
});
