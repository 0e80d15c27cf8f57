import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSessionStore } from './session-store';

function answer(status: number, body: unknown): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(JSON.stringify(body), { status }))),
  );
}

beforeEach(() => {
  useSessionStore.setState({ error: null, lockedMinutes: null, pending: false });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the session store', () => {
  it('tells a locked-out sign-in how many whole minutes to wait, rounded up', async () => {
    answer(429, { error: { code: 'pin_locked', message: '', retryAfterSeconds: 299 } });
    await useSessionStore.getState().signIn('desk.kim', '2580', 1);
    expect(useSessionStore.getState()).toMatchObject({
      error: 'pin_locked',
      lockedMinutes: 5,
      session: null,
    });
  });

  it('names no wait for a wrong PIN', async () => {
    answer(401, { error: { code: 'wrong_pin', message: '' } });
    await useSessionStore.getState().signIn('desk.kim', '0000', 1);
    expect(useSessionStore.getState()).toMatchObject({ error: 'wrong_pin', lockedMinutes: null });
  });
});
