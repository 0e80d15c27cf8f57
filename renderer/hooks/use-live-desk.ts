import { useEffect } from 'react';
import { useDeskStore } from '../stores/desk-store';
import { useHubStream } from './use-hub-stream';

/** Loads one desk's state and keeps it live while the desk screen is shown. */
export function useLiveDesk(deskId: number): void {
  const load = useDeskStore((s) => s.load);
  const apply = useDeskStore((s) => s.apply);
  const snapshotSeq = useDeskStore((s) => s.snapshotSeq);
  useEffect(() => {
    void load(deskId);
  }, [load, deskId]);
  useHubStream(snapshotSeq, apply);
}
