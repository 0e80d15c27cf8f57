import { create } from 'zustand';
import type { HubEvent } from '../../shared/contract/events';
import type { DisplayBoard } from '../../shared/contract/views';
import { errorCodeOf, read, type ApiErrorCode } from '../api/http-client';
import { clockOffset } from '../time/hub-time';
import { applyDisplayEvent, callOf, CALLS_KEPT, type AnnouncedCall } from './display-board';

type DisplayStore = {
  board: DisplayBoard | null;
  snapshotSeq: number | null;
  offset: number;
  loadError: ApiErrorCode | null;
  /** The latest call that arrived by the stream, for the announcer; snapshot calls are not announced. */
  latestCall: AnnouncedCall | null;
  load: () => Promise<void>;
  apply: (event: HubEvent) => void;
};

export const useDisplayStore = create<DisplayStore>()((set, get) => ({
  board: null,
  snapshotSeq: null,
  offset: 0,
  loadError: null,
  latestCall: null,
  async load() {
    try {
      const board = await read('display');
      set({
        board: { ...board, calls: board.calls.slice(0, CALLS_KEPT) },
        snapshotSeq: board.seq,
        offset: clockOffset(board.now),
        loadError: null,
      });
    } catch (error) {
      // A board already on the wall stays up; the next attempt may succeed.
      if (!get().board) set({ loadError: errorCodeOf(error) });
    }
  },
  apply(event) {
    const { board, latestCall } = get();
    if (!board || event.seq <= board.seq) return;
    const call = callOf(event);
    // A new day's snapshot can be older than events already seen; their replay is not a new call.
    const announce = call !== null && call.seq > (latestCall?.seq ?? 0);
    set({ board: applyDisplayEvent(board, event), ...(announce ? { latestCall: call } : {}) });
  },
}));
