import { create } from 'zustand';
import type { Staff } from '../../shared/contract/views';
import { errorCodeOf, read, type ApiErrorCode } from '../api/http-client';

type StaffStore = {
  staff: Staff[] | null;
  loadError: ApiErrorCode | null;
  load: () => Promise<void>;
  /** A staff member the manager just created or edited. */
  upsert: (staff: Staff) => void;
};

/** The office's staff for the manager's setup: names, logins and roles, never PINs. */
export const useManagerStaffStore = create<StaffStore>()((set, get) => ({
  staff: null,
  loadError: null,
  async load() {
    set({ loadError: null });
    try {
      // The guide board is the snapshot that lists staff.
      const board = await read('guideBoard');
      set({ staff: board.staff });
    } catch (error) {
      set({ loadError: errorCodeOf(error) });
    }
  },
  upsert(staff) {
    const list = get().staff ?? [];
    set({
      staff: list.some((s) => s.id === staff.id)
        ? list.map((s) => (s.id === staff.id ? staff : s))
        : [...list, staff],
    });
  },
}));
