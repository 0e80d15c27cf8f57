import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True while the page is being printed. The paper copy is rendered only then, so the screen
 * (and a screen reader) never meets the ticket twice.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => window.matchMedia('print').matches);
  useEffect(() => {
    const media = window.matchMedia('print');
    // The browser lays the page out for paper right after beforeprint: render before returning.
    const before = (): void => {
      flushSync(() => {
        setPrinting(true);
      });
    };
    const after = (): void => {
      setPrinting(media.matches);
    };
    const change = (event: MediaQueryListEvent): void => {
      setPrinting(event.matches);
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    media.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      media.removeEventListener('change', change);
    };
  }, []);
  return printing;
}
