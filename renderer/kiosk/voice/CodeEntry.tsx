import { useEffect } from 'react';
import { NumericKeypad } from '../NumericKeypad';

type CodeEntryProps = {
  label: string;
  value: string;
  length: number;
  /** How the typed digits are shown, with blanks still to fill. */
  shown: (digits: string) => string;
  onChange: (digits: string) => void;
};

/** Digits typed on the screen's keypad, or on a physical keypad or barcode scanner. */
export function CodeEntry({ label, value, length, shown, onChange }: CodeEntryProps) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement) return;
      if (/^\d$/.test(event.key)) {
        if (value.length < length) onChange(value + event.key);
      } else if (event.key === 'Backspace') {
        onChange(value.slice(0, -1));
      } else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [value, length, onChange]);

  return (
    <div className="repeat-entry voice-code">
      <p className="repeat-entry__code">
        <span className="repeat-entry__label">{label}</span>
        <output aria-live="polite" aria-label={label}>
          {shown(value)}
        </output>
      </p>
      <NumericKeypad
        onDigit={(digit) => {
          if (value.length < length) onChange(value + digit);
        }}
        onDelete={() => {
          onChange(value.slice(0, -1));
        }}
        onClear={() => {
          onChange('');
        }}
      />
    </div>
  );
}

/** "123-456-789" with blanks, as printed on the ticket. */
export function shownTicketCode(digits: string): string {
  const padded = digits.padEnd(9, '_');
  return `${padded.slice(0, 3)}-${padded.slice(3, 6)}-${padded.slice(6)}`;
}
