import { useEffect } from 'react';
import { useManagerSummaryStore } from '../stores/manager-summary-store';
import { useOfficeStore } from '../stores/office-store';
import { useHubStream } from './use-hub-stream';

/** Today's summary, refetched when visits change; the office snapshot's seq starts the stream. */
export function useManagerSummary(day: string): void {
  const load = useManagerSummaryStore((s) => s.load);
  const onEvent = useManagerSummaryStore((s) => s.onEvent);
  const snapshotSeq = useOfficeStore((s) => s.snapshotSeq);
  useEffect(() => {
    void load(day);
  }, [load, day]);
  useHubStream(snapshotSeq, onEvent);
}
