import { useEffect } from 'react';
import { useOfficeStore } from '../stores/office-store';
import { useHubStream } from './use-hub-stream';

/** Loads the office snapshot on mount and keeps it live while the screen is shown. */
export function useLiveOffice(): void {
  const load = useOfficeStore((s) => s.load);
  const apply = useOfficeStore((s) => s.apply);
  const snapshotSeq = useOfficeStore((s) => s.snapshotSeq);
  useEffect(() => {
    void load();
  }, [load]);
  useHubStream(snapshotSeq, apply);
}
