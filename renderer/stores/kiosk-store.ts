import { create } from 'zustand';
import type { CommandResult } from '../../shared/contract/commands';
import type { EscortReason, Language } from '../../shared/contract/views';
import type { PriorityNeed } from '../../shared/queue/priority-rule';
import { errorCodeOf, sendCommand, type ApiErrorCode } from '../api/http-client';

type IssuedTicket = CommandResult<'issueTicket'>;

/** Where the visitor is before a ticket: the two ways to find a desk, or claiming a repeat visit. */
export type KioskView = 'departments' | 'tasks' | 'repeat';

export type IssueChoice = { departmentId: number; taskId?: number; repeatOfCode?: string };

type KioskStore = {
  view: KioskView;
  /** The choice being issued for, while the hub answers. */
  pending: IssueChoice | null;
  issued: IssuedTicket | null;
  failure: { choice: IssueChoice; code: ApiErrorCode } | null;
  /** The earlier ticket's code, digits only, typed on the keypad. */
  repeatCode: string;
  escort: { reason: EscortReason } | null;
  escortFailure: ApiErrorCode | null;
  /** The priority this visitor asked for (사회적 배려); the ticket they take carries it. */
  priorityNeed: PriorityNeed | null;
  show: (view: KioskView) => void;
  setPriorityNeed: (need: PriorityNeed | null) => void;
  setRepeatCode: (code: string) => void;
  issue: (choice: IssueChoice, language: Language) => Promise<void>;
  requestEscort: (reason: EscortReason, language: Language) => Promise<void>;
  reset: () => void;
};

const initial = {
  view: 'departments' as KioskView,
  pending: null,
  issued: null,
  failure: null,
  repeatCode: '',
  escort: null,
  escortFailure: null,
  priorityNeed: null,
};

export const useKioskStore = create<KioskStore>()((set, get) => ({
  ...initial,
  show(view) {
    set({ view, failure: null });
  },
  setPriorityNeed(priorityNeed) {
    set({ priorityNeed, failure: null });
  },
  setRepeatCode(repeatCode) {
    set({ repeatCode, failure: null });
  },
  async issue(choice, language) {
    // A double tap must not print two tickets.
    if (get().pending !== null) return;
    set({ pending: choice, failure: null });
    try {
      const { priorityNeed } = get();
      const issued = await sendCommand('issueTicket', {
        ...choice,
        language,
        ...(priorityNeed === null ? {} : { priorityNeed }),
      });
      set({ issued, pending: null });
    } catch (error) {
      set({ failure: { choice, code: errorCodeOf(error) }, pending: null });
    }
  },
  async requestEscort(reason, language) {
    const ticketId = get().issued?.ticket.id;
    if (ticketId === undefined) return;
    set({ escortFailure: null });
    try {
      await sendCommand('requestEscort', { kind: 'escort', reason, ticketId, language });
      set({ escort: { reason } });
    } catch (error) {
      set({ escortFailure: errorCodeOf(error) });
    }
  },
  reset() {
    set(initial);
  },
}));
