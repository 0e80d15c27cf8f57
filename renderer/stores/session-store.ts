import { create } from 'zustand';
import type { SignedIn } from '../../shared/contract/views';
import {
  callRoute,
  ApiError,
  errorCodeOf,
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
};

export const useSessionStore = create<SessionStore>()((set, get) => ({
  session: readStored(),
  pending: false,
  error: null,
  lockedMinutes: null,
  async signIn(login, pin, deskId) {
    if (get().pending) return;
    set({ pending: true, error: null, lockedMinutes: null });
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
    get().forget();
  },
  forget() {
    store(null);
    set({ session: null });
  },
}));

setSessionTokenSource(() => useSessionStore.getState().session?.token ?? null);

/** Whether the session lets its holder work at this desk (managers may work at any). */
export function mayWorkAt(session: StaffSession | null, deskId: number): boolean {
  return session !== null && (session.deskId === deskId || session.staff.role === 'manager');
}
