import { create } from 'zustand';
import type { HubEvent } from '../../shared/contract/events';
import type { DayRange } from '../../shared/report/date-ranges';
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
  'visitsClosedAtDayEnd',
  'repeatVisitJudged',
  'escortRequested',
  'escortAccepted',
  'escortDelivered',
  'compensationDecided',
  'compensationPaid',
]);

type SummaryStore = {
  range: DayRange | null;
  /** Whether the range reaches today: only then can a visit change it. */
  live: boolean;
  summary: ReportSummary | null;
  loadError: ApiErrorCode | null;
  load: (range: DayRange, live: boolean) => Promise<void>;
  /** Feeds the event stream: a change to a visit schedules one refetch of a live range. */
  onEvent: (event: HubEvent) => void;
};

const sameRange = (a: DayRange | null, b: DayRange) => a?.from === b.from && a.to === b.to;

let refetchTimer: ReturnType<typeof setTimeout> | null = null;

export const useManagerSummaryStore = create<SummaryStore>()((set, get) => ({
  range: null,
  live: false,
  summary: null,
  loadError: null,
  async load(range, live) {
    if (!sameRange(get().range, range)) set({ range, summary: null });
    set({ live, loadError: null });
    try {
      const summary = await read('reportSummary', range);
      if (sameRange(get().range, range)) set({ summary });
    } catch (error) {
      if (sameRange(get().range, range)) set({ loadError: errorCodeOf(error) });
    }
  },
  onEvent(event) {
    if (!countedEvents.has(event.type) || refetchTimer !== null || !get().live) return;
    refetchTimer = setTimeout(() => {
      refetchTimer = null;
      const { range, live, load } = get();
      if (range !== null) void load(range, live);
    }, REFETCH_AFTER_MS);
  },
}));
