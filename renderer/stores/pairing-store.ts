import { create } from 'zustand';
import type { CurrentDevice, PairedDevice } from '../../shared/contract/devices';
import {
  ApiError,
  errorCodeOf,
  read,
  callRoute,
  setUnpairedListener,
  type ApiErrorCode,
} from '../api/http-client';

type PairingStore = {
  /** The hub refused a request as coming from an unpaired (or revoked) PC on the LAN. */
  needed: boolean;
  /** What the hub knows of this PC; null until asked. */
  current: CurrentDevice | null;
  pending: boolean;
  error: ApiErrorCode | null;
  /** With `pairing_locked`: how long the hub asks this PC to wait, when it says. */
  lockedMinutes: number | null;
  /** The device this PC just became, shown before it goes on to its screen. */
  paired: PairedDevice['device'] | null;
  markNeeded: () => void;
  check: () => Promise<void>;
  pair: (code: string) => Promise<void>;
  /** The PC goes on to its screen; the pairing screen is put away. */
  finish: () => void;
};

export const usePairingStore = create<PairingStore>()((set, get) => ({
  needed: false,
  current: null,
  pending: false,
  error: null,
  lockedMinutes: null,
  paired: null,
  markNeeded() {
    if (!get().needed) set({ needed: true, paired: null, error: null, lockedMinutes: null });
  },
  async check() {
    try {
      set({ current: await read('currentDevice') });
    } catch {
      // Only a hint on the pairing screen; typing a code works without it.
    }
  },
  async pair(code) {
    if (get().pending) return;
    set({ pending: true, error: null, lockedMinutes: null });
    try {
      const { device } = await callRoute('pairDevice', { code });
      set({ pending: false, paired: device, current: { device, local: get().current?.local ?? false } });
    } catch (error) {
      const code = errorCodeOf(error);
      set({
        pending: false,
        error: code,
        lockedMinutes:
          code === 'pairing_locked' && error instanceof ApiError ? error.retryAfterMinutes : null,
      });
    }
  },
  finish() {
    set({ needed: false, paired: null, error: null, lockedMinutes: null });
  },
}));

setUnpairedListener(() => {
  usePairingStore.getState().markNeeded();
});
