import { useEffect } from 'react';
import type { HubEvent } from '../../shared/contract/events';
import { openEventStream } from '../api/event-stream';
import { useConnectionStore } from '../stores/connection-store';

/**
 * Follows the hub's events from a snapshot's seq for as long as the screen is shown. `onEvent`
 * must be stable (a store action), or the stream would reopen on every render.
 */
export function useHubStream(snapshotSeq: number | null, onEvent: (event: HubEvent) => void): void {
  const setStatus = useConnectionStore((s) => s.setStatus);
  useEffect(() => {
    if (snapshotSeq === null) return;
    const stream = openEventStream({ after: snapshotSeq, onEvent, onStatus: setStatus });
    return () => {
      stream.close();
    };
  }, [snapshotSeq, onEvent, setStatus]);
}
