import { create } from 'zustand';
import type { StreamStatus } from '../api/event-stream';

type ConnectionStore = {
  status: StreamStatus;
  setStatus: (status: StreamStatus) => void;
};

/** One page follows one stream at a time, so one status serves every screen. */
export const useConnectionStore = create<ConnectionStore>()((set) => ({
  status: 'connecting',
  setStatus: (status) => {
    set({ status });
  },
}));
