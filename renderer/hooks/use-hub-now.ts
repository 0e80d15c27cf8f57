import { useEffect, useState } from 'react';

/**
 * The hub's time, re-read every `everyMs` so clocks tick on screen. The local reading is kept
 * apart from the offset, so a snapshot that arrives with a new offset counts at once.
 */
export function useHubNow(offset: number, everyMs = 250): number {
  const [localNow, setLocalNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => {
      setLocalNow(Date.now());
    }, everyMs);
    return () => {
      clearInterval(timer);
    };
  }, [everyMs]);
  return localNow + offset;
}
