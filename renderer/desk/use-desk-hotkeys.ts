import { useEffect, type RefObject } from 'react';

type DeskHotkeys = {
  codeInput: RefObject<HTMLInputElement | null>;
  onAcknowledge: () => void;
  onCallNext: (() => void) | null;
  onRecall: (() => void) | null;
};

/** Keys typed into a field, or inside a dialog, belong there and never act on the desk behind. */
function belongsElsewhere(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.closest('input, textarea, select, dialog') !== null)
  );
}

/**
 * A acknowledges, N calls next, R calls the number again, and any digit typed elsewhere goes to
 * the code field, so a scanner's digits are never lost. Keys are matched by `code`, not `key`,
 * because with the Korean input method on, the A key reports "ㅁ".
 */
export function useDeskHotkeys({ codeInput, onAcknowledge, onCallNext, onRecall }: DeskHotkeys): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (belongsElsewhere(event.target)) return;
      if (/^[0-9]$/.test(event.key)) {
        // Focus moves before the key's character is inserted, so the digit lands in the field.
        codeInput.current?.focus();
        return;
      }
      const action =
        event.code === 'KeyA'
          ? onAcknowledge
          : event.code === 'KeyN'
            ? onCallNext
            : event.code === 'KeyR'
              ? onRecall
              : null;
      if (action) {
        event.preventDefault();
        action();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [codeInput, onAcknowledge, onCallNext, onRecall]);
}
