import { create } from 'zustand';
import type { HubEvent } from '../../shared/contract/events';
import type { SignedIn } from '../../shared/contract/views';
import { setStreamCredentialsEndedListener } from '../api/event-stream';
import {
  callRoute,
  ApiError,
  errorCodeOf,
  read,
  setSessionRefusedListener,
  setSessionTokenSource,
  type ApiErrorCode,
} from '../api/http-client';

export type StaffSession = SignedIn & { token: string };

// Per browser tab: a reload keeps the desk signed in, closing the tab signs nobody in elsewhere.
const STORAGE_KEY = 'minwon.staffSession';

function readStored(): StaffSession | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    return raw === null ? null : (JSON.parse(raw) as StaffSession);
  } catch {
    return null;
  }
}

function store(session: StaffSession | null): void {
  try {
    if (session === null) sessionStorage.removeItem(STORAGE_KEY);
    else sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  } catch {
    // Storage can be switched off; the session then lasts until the page is reloaded.
  }
}

type SessionStore = {
  session: StaffSession | null;
  pending: boolean;
  error: ApiErrorCode | null;
  /** With `pin_locked`: the whole minutes the hub asks to wait, when it says. */
  lockedMinutes: number | null;
  /** Desk staff name the desk they work at; guides and managers may sign in without one. */
  signIn: (login: string, pin: string, deskId?: number) => Promise<void>;
  signOut: () => Promise<void>;
  /** The hub no longer knows the session (expired, or ended elsewhere). */
  forget: () => void;
  /** The session ended without its holder signing out: the sign-in says so. */
  ended: boolean;
  /** Asks the hub whether the session still counts, and forgets it when it does not. */
  check: () => Promise<void>;
};

export const useSessionStore = create<SessionStore>()((set, get) => ({
  session: readStored(),
  pending: false,
  error: null,
  lockedMinutes: null,
  ended: false,
  async signIn(login, pin, deskId) {
    if (get().pending) return;
    set({ pending: true, error: null, lockedMinutes: null, ended: false });
    try {
      const session = await callRoute('signIn', { login, pin, deskId });
      store(session);
      set({ session, pending: false });
    } catch (error) {
      set({
        error: errorCodeOf(error),
        lockedMinutes: error instanceof ApiError ? error.retryAfterMinutes : null,
        pending: false,
      });
    }
  },
  async signOut() {
    try {
      await callRoute('signOut');
    } catch {
      // Signed out here either way; the hub lets the session lapse.
    }
    store(null);
    set({ session: null, ended: false });
  },
  forget() {
    if (get().session === null) return;
    store(null);
    set({ session: null, ended: true });
  },
  async check() {
    if (get().session === null) return;
    // A refusal reaches `forget` through the refused-session listener below.
    await read('currentSession').catch(() => undefined);
  },
}));

setSessionTokenSource(() => useSessionStore.getState().session?.token ?? null);
setSessionRefusedListener((token) => {
  // A late answer to a request sent before a new sign-in does not end the new session.
  if (useSessionStore.getState().session?.token === token) useSessionStore.getState().forget();
});
setStreamCredentialsEndedListener(() => void useSessionStore.getState().check());

/**
 * Whether `event` may have ended this screen's session: the hub ends a person's sessions when a
 * manager resets their PIN or changes their role or desks, and when they sign out elsewhere.
 */
export function mayEndSession(event: HubEvent, session: StaffSession | null): boolean {
  if (session === null) return false;
  switch (event.type) {
    case 'staffPinReset':
    case 'staffSignedOut':
      return event.staffId === session.staff.id;
    case 'staffDefined':
      return event.staff.id === session.staff.id;
    default:
      return false;
  }
}

/** Whether the session lets its holder work at this desk (managers may work at any). */
export function mayWorkAt(session: StaffSession | null, deskId: number): boolean {
  return session !== null && (session.deskId === deskId || session.staff.role === 'manager');
}
