import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { read } from '../api/http-client';
import { usePairingStore } from './pairing-store';

function answer(status: number, body: unknown): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(JSON.stringify(body), { status }))),
  );
}

const refusal = (code: string, message = '') => ({ error: { code, message } });

beforeEach(() => {
  usePairingStore.getState().finish();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the pairing store', () => {
  it('is told by any API call the hub refuses as from an unpaired PC', async () => {
    answer(401, refusal('device_not_paired'));
    await expect(read('office')).rejects.toThrow();
    expect(usePairingStore.getState().needed).toBe(true);
  });

  it('is not told of other refusals', async () => {
    answer(401, refusal('sign_in_required'));
    await expect(read('office')).rejects.toThrow();
    expect(usePairingStore.getState().needed).toBe(false);
  });

  it('keeps the device a right code made of this PC, until the PC goes on to its screen', async () => {
    usePairingStore.getState().markNeeded();
    const device = { id: 4, role: 'kiosk', name: '1층 로비 키오스크' };
    answer(200, { device, token: 'x'.repeat(43) });
    await usePairingStore.getState().pair('123456');
    expect(usePairingStore.getState()).toMatchObject({ paired: device, error: null, needed: true });
    usePairingStore.getState().finish();
    expect(usePairingStore.getState()).toMatchObject({ paired: null, needed: false });
  });

  it('says a wrong code is wrong', async () => {
    answer(403, refusal('pairing_code_wrong'));
    await usePairingStore.getState().pair('000000');
    expect(usePairingStore.getState()).toMatchObject({ error: 'pairing_code_wrong', paired: null });
  });

  it('tells a locked PC how many whole minutes to wait, rounded up', async () => {
    answer(429, { error: { code: 'pairing_locked', message: '', retryAfterSeconds: 241 } });
    await usePairingStore.getState().pair('000000');
    expect(usePairingStore.getState()).toMatchObject({ error: 'pairing_locked', lockedMinutes: 5 });
  });

  it('says only that the PC is locked when the hub names no wait', async () => {
    answer(429, refusal('pairing_locked'));
    await usePairingStore.getState().pair('000000');
    expect(usePairingStore.getState()).toMatchObject({ error: 'pairing_locked', lockedMinutes: null });
  });
});
