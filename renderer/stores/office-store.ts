import { create } from 'zustand';
import type { HubEvent } from '../../shared/contract/events';
import type { Office } from '../../shared/contract/views';
import { errorCodeOf, read, type ApiErrorCode } from '../api/http-client';
import { clockOffset } from '../time/hub-time';
import { applyOfficeEvent } from './office-events';

type OfficeStore = {
  office: Office | null;
  /** The seq of the snapshot; the event stream starts after it. */
  snapshotSeq: number | null;
  offset: number;
  loadError: ApiErrorCode | null;
  load: () => Promise<void>;
  apply: (event: HubEvent) => void;
};

export const useOfficeStore = create<OfficeStore>()((set, get) => ({
  office: null,
  snapshotSeq: null,
  offset: 0,
  loadError: null,
  async load() {
    set({ loadError: null });
    try {
      const office = await read('office');
      set({ office, snapshotSeq: office.seq, offset: clockOffset(office.now), loadError: null });
    } catch (error) {
      if (!get().office) set({ loadError: errorCodeOf(error) });
    }
  },
  apply(event) {
    const { office } = get();
    if (office) set({ office: applyOfficeEvent(office, event) });
  },
}));
