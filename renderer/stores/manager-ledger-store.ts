import { create } from 'zustand';
import type { HubEvent } from '../../shared/contract/events';
import type { Ledger } from '../../shared/contract/views';
import { errorCodeOf, read, sendCommand, type ApiErrorCode } from '../api/http-client';

export type LedgerAction =
  | { kind: 'approve'; compensationId: number; amountWon?: number }
  | { kind: 'reject'; compensationId: number; reason: string }
  | { kind: 'pay'; compensationId: number; reference: string };

type LedgerStore = {
  month: string | null;
  ledger: Ledger | null;
  loadError: ApiErrorCode | null;
  pendingId: number | null;
  actionError: ApiErrorCode | null;
  load: (month: string) => Promise<void>;
  /** Sends the decision, then rereads the month so totals and rows agree with the hub. */
  act: (action: LedgerAction) => Promise<boolean>;
  /** A desk's verdict or another manager's decision rereads the month. */
  onEvent: (event: HubEvent) => void;
};

const ledgerEvents = new Set<HubEvent['type']>([
  'repeatVisitJudged',
  'compensationDecided',
  'compensationPaid',
]);

function send(action: LedgerAction) {
  switch (action.kind) {
    case 'approve':
      return sendCommand('approveCompensation', {
        compensationId: action.compensationId,
        ...(action.amountWon === undefined ? {} : { amountWon: action.amountWon }),
      });
    case 'reject':
      return sendCommand('rejectCompensation', {
        compensationId: action.compensationId,
        reason: action.reason,
      });
    case 'pay':
      return sendCommand('markCompensationPaid', {
        compensationId: action.compensationId,
        reference: action.reference,
      });
  }
}

export const useManagerLedgerStore = create<LedgerStore>()((set, get) => ({
  month: null,
  ledger: null,
  loadError: null,
  pendingId: null,
  actionError: null,
  async load(month) {
    if (get().month !== month) set({ month, ledger: null });
    set({ loadError: null });
    try {
      const ledger = await read('ledger', { month });
      if (get().month === month) set({ ledger });
    } catch (error) {
      set({ loadError: errorCodeOf(error) });
    }
  },
  async act(action) {
    set({ pendingId: action.compensationId, actionError: null });
    try {
      await send(action);
      const { month } = get();
      if (month !== null) await get().load(month);
      set({ pendingId: null });
      return true;
    } catch (error) {
      set({ pendingId: null, actionError: errorCodeOf(error) });
      return false;
    }
  },
  onEvent(event) {
    const { month, load } = get();
    if (month !== null && ledgerEvents.has(event.type)) void load(month);
  },
}));
