import { useEffect } from 'react';
import { useGuideStore } from '../stores/guide-store';
import { useHubStream } from './use-hub-stream';

/** Loads today's escort requests and keeps them live while the guide desk is shown. */
export function useLiveGuide(): void {
  const load = useGuideStore((s) => s.load);
  const apply = useGuideStore((s) => s.apply);
  const snapshotSeq = useGuideStore((s) => s.snapshotSeq);
  useEffect(() => {
    void load();
  }, [load]);
  useHubStream(snapshotSeq, apply);
}
