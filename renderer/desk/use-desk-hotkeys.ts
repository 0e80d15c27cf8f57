import { useEffect, type RefObject } from 'react';

type DeskHotkeys = {
  codeInput: RefObject<HTMLInputElement | null>;
  onAcknowledge: () => void;
  onCallNext: (() => void) | null;
};

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.closest('input, textarea, select') !== null)
  );
}

/**
 * A acknowledges, N calls next, and any digit typed elsewhere goes to the code field, so a
 * scanner's digits are never lost. Keys are matched by `code`, not `key`, because with the
 * Korean input method on, the A key reports "ㅁ".
 */
export function useDeskHotkeys({ codeInput, onAcknowledge, onCallNext }: DeskHotkeys): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target)) return;
      if (/^[0-9]$/.test(event.key)) {
        // Focus moves before the key's character is inserted, so the digit lands in the field.
        codeInput.current?.focus();
        return;
      }
      if (event.code === 'KeyA') {
        event.preventDefault();
        onAcknowledge();
      } else if (event.code === 'KeyN' && onCallNext) {
        event.preventDefault();
        onCallNext();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [codeInput, onAcknowledge, onCallNext]);
}
