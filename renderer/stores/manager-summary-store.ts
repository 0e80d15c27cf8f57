import { create } from 'zustand';
import type { HubEvent } from '../../shared/contract/events';
import type { ReportSummary } from '../../shared/report/summary';
import { errorCodeOf, read, type ApiErrorCode } from '../api/http-client';

// A busy office sends several events a second; the summary reads every visit of the day, so
// one refetch per burst is enough for a screen read at a glance.
const REFETCH_AFTER_MS = 1500;

const countedEvents = new Set<HubEvent['type']>([
  'ticketIssued',
  'ticketCalled',
  'ticketCheckedIn',
  'arrivalAcknowledged',
  'visitFinished',
  'ticketTransferred',
  'repeatVisitJudged',
  'escortRequested',
  'escortAccepted',
  'escortDelivered',
  'compensationDecided',
  'compensationPaid',
]);

type SummaryStore = {
  day: string | null;
  summary: ReportSummary | null;
  loadError: ApiErrorCode | null;
  load: (day: string) => Promise<void>;
  /** Feeds the event stream: a change to a visit schedules one refetch. */
  onEvent: (event: HubEvent) => void;
};

let refetchTimer: ReturnType<typeof setTimeout> | null = null;

export const useManagerSummaryStore = create<SummaryStore>()((set, get) => ({
  day: null,
  summary: null,
  loadError: null,
  async load(day) {
    if (get().day !== day) set({ day, summary: null });
    set({ loadError: null });
    try {
      const summary = await read('reportSummary', { from: day, to: day });
      if (get().day === day) set({ summary });
    } catch (error) {
      set({ loadError: errorCodeOf(error) });
    }
  },
  onEvent(event) {
    if (!countedEvents.has(event.type) || refetchTimer !== null) return;
    refetchTimer = setTimeout(() => {
      refetchTimer = null;
      const { day, load } = get();
      if (day !== null) void load(day);
    }, REFETCH_AFTER_MS);
  },
}));
