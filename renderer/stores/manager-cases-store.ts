import { create } from 'zustand';
import type { CaseList } from '../../shared/contract/case-views';
import type { HubEvent } from '../../shared/contract/events';
import { errorCodeOf, read, sendCommand, type ApiErrorCode } from '../api/http-client';

export type CaseAction =
  | { kind: 'delay'; caseId: number; reason: string; newDueDay: string }
  | { kind: 'answer'; caseId: number; summary: string; upheld?: boolean }
  | { kind: 'close'; caseId: number };

export type CaseRange = { from: string; to: string };

type CasesStore = {
  range: CaseRange | null;
  list: CaseList | null;
  loadError: ApiErrorCode | null;
  pendingId: number | null;
  actionError: ApiErrorCode | null;
  load: (range: CaseRange) => Promise<void>;
  /** Sends the step, then rereads the list so steps, deadlines and counts agree with the hub. */
  act: (action: CaseAction) => Promise<boolean>;
  /** A case received at the kiosk or a desk, or another manager's step, rereads the list. */
  onEvent: (event: HubEvent) => void;
};

const caseEvents = new Set<HubEvent['type']>([
  'caseReceived',
  'caseDelayNotified',
  'caseAnswered',
  'caseClosed',
  'caseContactsPurged',
  'charterApplied',
]);

function send(action: CaseAction) {
  switch (action.kind) {
    case 'delay':
      return sendCommand('notifyCaseDelay', {
        caseId: action.caseId,
        reason: action.reason,
        newDueDay: action.newDueDay,
      });
    case 'answer':
      return sendCommand('answerCase', {
        caseId: action.caseId,
        summary: action.summary,
        ...(action.upheld === undefined ? {} : { upheld: action.upheld }),
      });
    case 'close':
      return sendCommand('closeCase', { caseId: action.caseId });
  }
}

const sameRange = (a: CaseRange | null, b: CaseRange): boolean => a?.from === b.from && a.to === b.to;

/** The manager's cases: open ones and those received in the chosen days. */
export const useManagerCasesStore = create<CasesStore>()((set, get) => ({
  range: null,
  list: null,
  loadError: null,
  pendingId: null,
  actionError: null,
  async load(range) {
    if (!sameRange(get().range, range)) set({ range, list: null });
    set({ loadError: null });
    try {
      const list = await read('cases', { from: range.from, to: range.to });
      if (sameRange(get().range, range)) set({ list });
    } catch (error) {
      set({ loadError: errorCodeOf(error) });
    }
  },
  async act(action) {
    set({ pendingId: action.caseId, actionError: null });
    try {
      await send(action);
      const { range } = get();
      if (range !== null) await get().load(range);
      set({ pendingId: null });
      return true;
    } catch (error) {
      set({ pendingId: null, actionError: errorCodeOf(error) });
      return false;
    }
  },
  onEvent(event) {
    const { range, load } = get();
    if (range !== null && caseEvents.has(event.type)) void load(range);
  },
}));
