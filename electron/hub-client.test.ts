import { describe, expect, it } from 'vitest';
import { fakeHubFetch } from '../test/support/fake-hub-fetch';
import {
  createFirstManager,
  HubCallError,
  needsFirstManager,
  pairDevice,
  verifyManagerPin,
} from './hub-client';

const hubUrl = 'http://127.0.0.1:4310';
const manager = { id: 1, login: 'boss', name: '이관리', role: 'manager' };
const refusal = (status: number, code: string) => () => ({
  status,
  json: { error: { code, message: code } },
});

describe('main’s calls to the hub', () => {
  it('asks whether the office needs its first manager, and creates it', async () => {
    const hub = fakeHubFetch({
      'GET /api/v1/setup': () => ({ status: 200, json: { needsFirstManager: true } }),
      'POST /api/v1/setup/first-manager': () => ({ status: 201, json: { staff: manager } }),
    });
    expect(await needsFirstManager({ hubUrl, fetch: hub.fetch })).toBe(true);
    await createFirstManager({ hubUrl, fetch: hub.fetch }, { login: 'boss', name: '이관리', pin: '2468' });
    expect(hub.calls[1]).toMatchObject({
      method: 'POST',
      url: `${hubUrl}/api/v1/setup/first-manager`,
      headers: { 'content-type': 'application/json' },
      body: { login: 'boss', name: '이관리', pin: '2468' },
    });
  });

  it('pairs with a code and returns the device and its token', async () => {
    const hub = fakeHubFetch({
      'POST /api/v1/devices/pair': () => ({
        status: 200,
        json: { device: { id: 4, role: 'kiosk', name: '로비' }, token: 'dev_tok' },
      }),
    });
    expect(await pairDevice({ hubUrl, fetch: hub.fetch }, '123456')).toEqual({
      device: { id: 4, role: 'kiosk', name: '로비' },
      token: 'dev_tok',
    });
    expect(hub.calls[0]?.body).toEqual({ code: '123456' });
  });

  it('passes on the hub’s refusal by its code', async () => {
    const hub = fakeHubFetch({ 'POST /api/v1/devices/pair': refusal(403, 'pairing_code_wrong') });
    await expect(pairDevice({ hubUrl, fetch: hub.fetch }, '000000')).rejects.toMatchObject({
      name: 'HubCallError',
      code: 'pairing_code_wrong',
    });
  });

  it('says when no hub answers, or answers in an unknown shape', async () => {
    const none = fakeHubFetch({});
    await expect(needsFirstManager({ hubUrl, fetch: none.fetch })).rejects.toMatchObject({
      code: 'hub_unreachable',
    });
    const odd = fakeHubFetch({ 'GET /api/v1/setup': () => ({ status: 200, json: { ready: 'yes' } }) });
    await expect(needsFirstManager({ hubUrl, fetch: odd.fetch })).rejects.toMatchObject({
      code: 'hub_unexpected',
    });
  });

  it('accepts a manager PIN by a manager’s sign-in, ends that session, and sends the device header', async () => {
    const hub = fakeHubFetch({
      'POST /api/v1/sessions': () => ({ status: 200, json: { staff: manager, token: 'sess', expiresAt: 1 } }),
      'DELETE /api/v1/sessions/current': () => ({ status: 200, json: { ok: true } }),
    });
    const headers = { 'X-Minwon-Device': 'dev_tok' };
    await verifyManagerPin({ hubUrl, fetch: hub.fetch, headers }, { login: 'boss', pin: '2468' });
    expect(hub.calls.map((c) => `${c.method} ${c.headers['X-Minwon-Device'] ?? ''}`)).toEqual([
      'POST dev_tok',
      'DELETE dev_tok',
    ]);
    expect(hub.calls[1]?.headers.authorization).toBe('Bearer sess');
  });

  it('refuses a PIN that signs in someone who is not a manager, and a wrong PIN', async () => {
    const desk = fakeHubFetch({
      'POST /api/v1/sessions': () => ({
        status: 200,
        json: { staff: { ...manager, role: 'desk' }, token: 's' },
      }),
      'DELETE /api/v1/sessions/current': () => ({ status: 200, json: { ok: true } }),
    });
    await expect(
      verifyManagerPin({ hubUrl, fetch: desk.fetch }, { login: 'kim', pin: '1111' }),
    ).rejects.toEqual(new HubCallError('not_manager', 'kim is not a manager'));
    expect(desk.calls.at(-1)?.method).toBe('DELETE');
    const wrong = fakeHubFetch({ 'POST /api/v1/sessions': refusal(401, 'wrong_pin') });
    await expect(
      verifyManagerPin({ hubUrl, fetch: wrong.fetch }, { login: 'boss', pin: '0000' }),
    ).rejects.toMatchObject({ code: 'wrong_pin' });
  });
});
