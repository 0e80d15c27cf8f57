import { useCallback, useEffect, useRef, useState } from 'react';

/** A visitor who walks away leaves the kiosk for the next one after this long without a touch. */
export const IDLE_RESET_MS = 120_000;
/** The warning comes this long before the reset: ACCESSIBILITY.md asks for at least 20 s. */
export const IDLE_WARNING_MS = 30_000;

export type IdleWarningState = {
  /** Whole seconds left before the reset while the warning shows; null while it does not. */
  secondsLeft: number | null;
  /** The visitor asked for more time. */
  extend: () => void;
};

/**
 * Resets the kiosk after a visitor stops touching it, with a warning first. Only a timer firing
 * at the deadline resets, never a render: a render can run with a deadline from before the
 * kiosk was idle, and resetting then undid the next visitor's first tap. While the warning shows,
 * a touch anywhere does not count as activity: a touch that dismissed the warning as the finger
 * went down lifted onto whatever lay beneath it (a department, or "처음 화면으로" on a ticket).
 * Only a completed tap on the warning extends.
 */
export function useIdleReset(active: boolean, onReset: () => void): IdleWarningState {
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const deadline = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const warned = useRef(false);
  const reset = useRef(onReset);
  useEffect(() => {
    reset.current = onReset;
  }, [onReset]);

  const check = useCallback((): void => {
    clearTimeout(timer.current);
    const left = deadline.current - Date.now();
    if (left <= 0) {
      warned.current = false;
      setSecondsLeft(null);
      reset.current();
    } else if (left <= IDLE_WARNING_MS) {
      warned.current = true;
      setSecondsLeft(Math.ceil(left / 1000));
      // Wakes on each whole second of the countdown, and exactly at the deadline.
      timer.current = setTimeout(check, left % 1000 || 1000);
    } else {
      warned.current = false;
      setSecondsLeft(null);
      timer.current = setTimeout(check, left - IDLE_WARNING_MS);
    }
  }, []);

  const extend = useCallback((): void => {
    deadline.current = Date.now() + IDLE_RESET_MS;
    check();
  }, [check]);

  useEffect(() => {
    if (!active) return;
    extend();
    const onActivity = (): void => {
      if (!warned.current) extend();
    };
    window.addEventListener('pointerdown', onActivity, true);
    window.addEventListener('keydown', onActivity, true);
    return () => {
      clearTimeout(timer.current);
      warned.current = false;
      setSecondsLeft(null);
      window.removeEventListener('pointerdown', onActivity, true);
      window.removeEventListener('keydown', onActivity, true);
    };
  }, [active, extend]);

  return { secondsLeft, extend };
}
