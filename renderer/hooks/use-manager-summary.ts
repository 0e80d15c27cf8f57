import { useEffect } from 'react';
import type { DayRange } from '../../shared/report/date-ranges';
import { useManagerSummaryStore } from '../stores/manager-summary-store';
import { useOfficeStore } from '../stores/office-store';
import { useHubStream } from './use-hub-stream';

/**
 * The summary of a range of days, refetched when visits change if it reaches today (`live`);
 * the office snapshot's seq starts the stream.
 */
export function useManagerSummary({ from, to }: DayRange, live: boolean): void {
  const load = useManagerSummaryStore((s) => s.load);
  const onEvent = useManagerSummaryStore((s) => s.onEvent);
  const snapshotSeq = useOfficeStore((s) => s.snapshotSeq);
  useEffect(() => {
    void load({ from, to }, live);
  }, [load, from, to, live]);
  useHubStream(snapshotSeq, onEvent);
}
