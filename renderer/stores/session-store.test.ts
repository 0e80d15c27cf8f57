import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mayEndSession, useSessionStore, type StaffSession } from './session-store';

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

  it('forgets a session the hub refuses, saying it ended, but not one signed in since', async () => {
    const session: StaffSession = {
      token: 'old',
      deskId: 1,
      expiresAt: 0,
      staff: {
        id: 1,
        login: 'desk.kim',
        name: '김민지',
        role: 'desk',
        departmentId: 1,
        otherDepartments: false,
      },
    };
    useSessionStore.setState({ session, ended: false });
    answer(401, { error: { code: 'sign_in_required', message: '' } });
    await useSessionStore.getState().check();
    expect(useSessionStore.getState()).toMatchObject({ session: null, ended: true });

    useSessionStore.setState({ session: { ...session, token: 'new' }, ended: false });
    answer(200, { ...session, token: undefined });
    await useSessionStore.getState().check();
    expect(useSessionStore.getState()).toMatchObject({ session: { token: 'new' }, ended: false });
  });

  it('checks the session on the events that may have ended it, for this person only', () => {
    const session = {
      token: 't',
      deskId: 1,
      expiresAt: 0,
      staff: {
        id: 1,
        login: 'desk.kim',
        name: '김민지',
        role: 'desk',
        departmentId: 1,
        otherDepartments: false,
      },
    } satisfies StaffSession;
    const at = { seq: 1, at: 0 };
    expect(mayEndSession({ ...at, type: 'staffPinReset', staffId: 1 }, session)).toBe(true);
    expect(mayEndSession({ ...at, type: 'staffPinReset', staffId: 2 }, session)).toBe(false);
    expect(mayEndSession({ ...at, type: 'staffDefined', staff: session.staff }, session)).toBe(true);
    expect(mayEndSession({ ...at, type: 'staffSignedOut', staffId: 1, deskId: 2 }, session)).toBe(true);
    expect(mayEndSession({ ...at, type: 'staffPinReset', staffId: 1 }, null)).toBe(false);
  });
});
