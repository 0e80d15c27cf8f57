import { useEffect, type RefObject } from 'react';
import type { DeskKey } from '../stores/desk-store';

/**
 * Keys typed into a field, or inside a dialog, belong there and never act on the desk behind.
 * The code field is the exception: it takes digits and dashes only, so a letter typed there is
 * meant for the desk (N right after signing in, A right after a scanner's Enter).
 */
function belongsElsewhere(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('dialog') !== null) return true;
  if (target.dataset.deskKeys === 'pass') return false;
  return target.isContentEditable || target.closest('input, textarea, select') !== null;
}

const keyOf: Record<string, DeskKey> = { KeyA: 'acknowledge', KeyN: 'callNext', KeyR: 'recall' };

/**
 * A acknowledges, N calls next, R calls the number again, and any digit typed elsewhere goes to
 * the code field, so a scanner's digits are never lost. Keys are matched by `code`, not `key`,
 * because with the Korean input method on, the A key reports "ㅁ". Every press reaches `onKey`,
 * which carries it out or says why not.
 */
export function useDeskHotkeys(
  codeInput: RefObject<HTMLInputElement | null>,
  onKey: (key: DeskKey) => void,
): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      if (belongsElsewhere(event.target)) return;
      if (/^[0-9]$/.test(event.key)) {
        // Focus moves before the key's character is inserted, so the digit lands in the field.
        if (event.target !== codeInput.current) codeInput.current?.focus();
        return;
      }
      const key = keyOf[event.code];
      if (key) {
        event.preventDefault();
        onKey(key);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [codeInput, onKey]);
}
