import { useTranslation } from 'react-i18next';

const digits = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

type NumericKeypadProps = { onDigit: (digit: string) => void; onDelete: () => void; onClear: () => void };

/** A phone-style keypad, large enough for a shaking finger. */
export function NumericKeypad({ onDigit, onDelete, onClear }: NumericKeypadProps) {
  const { t } = useTranslation();
  const digitButton = (digit: string) => (
    <button
      key={digit}
      type="button"
      className="keypad__key"
      onClick={() => {
        onDigit(digit);
      }}
    >
      {digit}
    </button>
  );
  return (
    <div className="keypad" role="group" aria-label={t('kiosk.repeat.keypad')}>
      {digits.map(digitButton)}
      <button type="button" className="keypad__key keypad__key--word" onClick={onClear}>
        {t('kiosk.repeat.clear')}
      </button>
      {digitButton('0')}
      <button type="button" className="keypad__key keypad__key--word" onClick={onDelete}>
        {t('kiosk.repeat.delete')}
      </button>
    </div>
  );
}
