import { create } from 'zustand';
import type { HubEvent } from '../../shared/contract/events';
import type { EscortRequest } from '../../shared/contract/views';
import { errorCodeOf, read, sendCommand, type ApiErrorCode } from '../api/http-client';
import { clockOffset } from '../time/hub-time';
import {
  applyGuideEvent,
  fromGuideBoard,
  missingTicketIds,
  withRequest,
  withTickets,
  type GuideData,
} from './guide-board';
import { useSessionStore } from './session-store';

/** What the guide desk's status region says after an action. */
export type GuideNotice =
  | { kind: 'accepted' | 'delivered'; request: EscortRequest; at: number }
  | { kind: 'error'; code: ApiErrorCode; at: number };

type GuideStore = {
  data: GuideData | null;
  snapshotSeq: number | null;
  offset: number;
  loadError: ApiErrorCode | null;
  /** The request an action is being sent for; its buttons wait for the hub's answer. */
  pendingId: number | null;
  notice: GuideNotice | null;
  load: () => Promise<void>;
  apply: (event: HubEvent) => void;
  accept: (requestId: number) => Promise<void>;
  deliver: (requestId: number) => Promise<void>;
};

export const useGuideStore = create<GuideStore>()((set, get) => {
  let fetchingTickets = false;
  let fetchAgain = false;

  /**
   * Events carry a request's ticket id, not the ticket, and the ticket was usually issued before
   * the request: the board has it. One fetch at a time; a request that comes in meanwhile is
   * looked up once that fetch is done.
   */
  const fetchMissingTickets = async (): Promise<void> => {
    const { data } = get();
    if (!data || missingTicketIds(data).length === 0) return;
    if (fetchingTickets) {
      fetchAgain = true;
      return;
    }
    fetchingTickets = true;
    try {
      const board = await read('guideBoard');
      const current = get().data;
      if (current) set({ data: withTickets(current, board.tickets) });
    } catch {
      // The card shows the request without its ticket until the next request looks again.
    } finally {
      fetchingTickets = false;
    }
    if (fetchAgain) {
      fetchAgain = false;
      await fetchMissingTickets();
    }
  };

  const run = async (name: 'acceptEscort' | 'deliverEscort', requestId: number): Promise<void> => {
    if (get().pendingId !== null) return;
    set({ pendingId: requestId });
    try {
      const { request } = await sendCommand(name, { requestId });
      const { data } = get();
      if (data) set({ data: withRequest(data, request) });
      const kind = name === 'acceptEscort' ? 'accepted' : 'delivered';
      set({ notice: { kind, request, at: Date.now() } });
    } catch (error) {
      const code = errorCodeOf(error);
      if (code === 'sign_in_required') useSessionStore.getState().forget();
      set({ notice: { kind: 'error', code, at: Date.now() } });
    } finally {
      set({ pendingId: null });
    }
  };

  return {
    data: null,
    snapshotSeq: null,
    offset: 0,
    loadError: null,
    pendingId: null,
    notice: null,
    async load() {
      set({ loadError: null });
      try {
        const board = await read('guideBoard');
        set({ data: fromGuideBoard(board), snapshotSeq: board.seq, offset: clockOffset(board.now) });
      } catch (error) {
        if (!get().data) set({ loadError: errorCodeOf(error) });
      }
    },
    apply(event) {
      const { data } = get();
      if (!data) return;
      set({ data: applyGuideEvent(data, event) });
      if (event.type === 'escortRequested') void fetchMissingTickets();
    },
    accept: (requestId) => run('acceptEscort', requestId),
    deliver: (requestId) => run('deliverEscort', requestId),
  };
});
