import { useEffect } from 'react';
import { businessDay } from '../../shared/time/business-day';
import { useDisplayStore } from '../stores/display-store';
import { useHubNow } from './use-hub-now';
import { useHubStream } from './use-hub-stream';

// A wall display has nobody to press "retry": it keeps trying on its own.
const RETRY_MS = 5000;

/**
 * Loads the display board and keeps it live for as long as the wall shows it, without a reload:
 * the stream catches up after a lost connection, and each new business day starts from a fresh
 * snapshot (yesterday's calls and counts go).
 */
export function useLiveDisplay(): void {
  const load = useDisplayStore((s) => s.load);
  const apply = useDisplayStore((s) => s.apply);
  const snapshotSeq = useDisplayStore((s) => s.snapshotSeq);
  const failed = useDisplayStore((s) => s.loadError !== null);
  const boardDay = useDisplayStore((s) => (s.board ? businessDay(s.board.now) : null));
  const offset = useDisplayStore((s) => s.offset);
  // Re-read each minute, so a failed reload at midnight is tried again a minute later.
  const now = useHubNow(offset, 60_000);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    if (boardDay !== null && boardDay !== businessDay(now)) void load();
  }, [boardDay, now, load]);

  useEffect(() => {
    if (!failed) return;
    const timer = setInterval(() => void load(), RETRY_MS);
    return () => {
      clearInterval(timer);
    };
  }, [failed, load]);

  useHubStream(snapshotSeq, apply);
}
