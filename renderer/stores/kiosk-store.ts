import { create } from 'zustand';
import type { CommandResult } from '../../shared/contract/commands';
import type { Language } from '../../shared/contract/views';
import { errorCodeOf, sendCommand, type ApiErrorCode } from '../api/http-client';

type IssuedTicket = CommandResult<'issueTicket'>;

type KioskStore = {
  /** The department being issued for, while the hub answers. */
  pendingDepartmentId: number | null;
  issued: IssuedTicket | null;
  failure: { departmentId: number; code: ApiErrorCode } | null;
  issue: (departmentId: number, language: Language) => Promise<void>;
  reset: () => void;
};

export const useKioskStore = create<KioskStore>()((set, get) => ({
  pendingDepartmentId: null,
  issued: null,
  failure: null,
  async issue(departmentId, language) {
    // A double tap must not print two tickets.
    if (get().pendingDepartmentId !== null) return;
    set({ pendingDepartmentId: departmentId, failure: null });
    try {
      const issued = await sendCommand('issueTicket', { departmentId, language });
      set({ issued, pendingDepartmentId: null });
    } catch (error) {
      set({ failure: { departmentId, code: errorCodeOf(error) }, pendingDepartmentId: null });
    }
  },
  reset() {
    set({ issued: null, failure: null, pendingDepartmentId: null });
  },
}));
