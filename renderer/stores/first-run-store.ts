import { create } from 'zustand';
import type { FirstManagerInput } from '../../shared/contract/devices';
import { errorCodeOf, read, callRoute, type ApiErrorCode } from '../api/http-client';
import { useSessionStore } from './session-store';

type FirstRunStore = {
  /** True on a new database without a manager; null until the hub has said. */
  needsFirstManager: boolean | null;
  /** Whether this screen runs on the hub's own PC, where the first manager is created. */
  onHubPc: boolean | null;
  pending: boolean;
  error: ApiErrorCode | null;
  check: () => Promise<void>;
  /** Creates the first manager, then signs in as them. */
  create: (input: FirstManagerInput) => Promise<void>;
};

export const useFirstRunStore = create<FirstRunStore>()((set, get) => ({
  needsFirstManager: null,
  onHubPc: null,
  pending: false,
  error: null,
  async check() {
    try {
      const [setup, current] = await Promise.all([read('setupState'), read('currentDevice')]);
      set({ needsFirstManager: setup.needsFirstManager, onHubPc: current.local });
    } catch {
      // The sign-in form stays; it reports the hub's trouble itself.
      set({ needsFirstManager: false });
    }
  },
  async create(input) {
    if (get().pending) return;
    set({ pending: true, error: null });
    try {
      await callRoute('createFirstManager', input);
      await useSessionStore.getState().signIn(input.login, input.pin);
      set({ pending: false, needsFirstManager: false });
    } catch (error) {
      const code = errorCodeOf(error);
      // Someone finished setup first: the sign-in form is what this screen needs now.
      set({
        pending: false,
        error: code,
        needsFirstManager: code === 'setup_done' ? false : get().needsFirstManager,
      });
    }
  },
}));
