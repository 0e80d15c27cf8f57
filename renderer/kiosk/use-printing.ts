import { useCallback, useEffect, useRef, useState } from 'react';
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

export type TicketPrinter = {
  /** True while the paper copy must be in the page. */
  printing: boolean;
  /** Whether the desktop app prints silently on the kiosk's roll printer. */
  silent: boolean;
  print: () => void;
  /** Why the last silent print failed, as the printer said it; null when it did not. */
  failure: string | null;
};

/**
 * Prints the ticket: silently on the roll printer in the desktop app (window.minwonDesktop), with
 * the browser's print dialog elsewhere. The paper copy is rendered before the desktop app is
 * asked, since it prints the page as it stands.
 */
export function useTicketPrinter(): TicketPrinter {
  const mediaPrinting = usePrinting();
  const [desktopPrinting, setDesktopPrinting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // The desktop app prints one ticket at a time and answers "busy" to a second request; a tap on
  // "print" while the first copy is still printing is that request, not a printer failure.
  const inFlight = useRef(false);
  const bridge = window.minwonDesktop;
  const print = useCallback(() => {
    if (!bridge) {
      window.print();
      return;
    }
    if (inFlight.current) return;
    inFlight.current = true;
    flushSync(() => {
      setDesktopPrinting(true);
      setFailure(null);
    });
    void bridge
      .printTicket()
      .catch((error: unknown) => ({ ok: false as const, reason: String(error) }))
      .then((result) => {
        inFlight.current = false;
        setDesktopPrinting(false);
        setFailure(result.ok ? null : result.reason);
      });
  }, [bridge]);
  return { printing: mediaPrinting || desktopPrinting, silent: bridge !== undefined, print, failure };
}
