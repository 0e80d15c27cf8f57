import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PAIRING_CODE_DIGITS } from '../../shared/contract/devices';
import { errorMessage } from '../i18n/errors';
import { NumericKeypad } from '../kiosk/NumericKeypad';
import { usePairingStore } from '../stores/pairing-store';
import { AlertIcon } from '../ui/icons';

const onlyDigits = (text: string) => text.replace(/\D/g, '').slice(0, PAIRING_CODE_DIGITS);

/** The 6-digit code, typed on a keyboard or, on a touch-only kiosk, on the keypad. */
export function PairingCodeEntry() {
  const { t } = useTranslation();
  const id = useId();
  const pair = usePairingStore((s) => s.pair);
  const pending = usePairingStore((s) => s.pending);
  const error = usePairingStore((s) => s.error);
  const lockedMinutes = usePairingStore((s) => s.lockedMinutes);
  const [code, setCode] = useState('');
  // A refusal is about the code that was sent; once the code is edited it no longer applies.
  const [sent, setSent] = useState<string | null>(null);
  const complete = code.length === PAIRING_CODE_DIGITS;

  return (
    <form
      className="panel pairing-entry"
      onSubmit={(event) => {
        event.preventDefault();
        if (!complete) return;
        setSent(code);
        void pair(code);
      }}
    >
      <label htmlFor={`${id}-code`} className="pairing-entry__label">
        {t('pairing.code')}
      </label>
      <input
        id={`${id}-code`}
        className="pairing-entry__code"
        value={code}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={PAIRING_CODE_DIGITS}
        placeholder="000000"
        aria-describedby={`${id}-hint`}
        autoFocus
        onChange={(event) => {
          setCode(onlyDigits(event.target.value));
        }}
      />
      <NumericKeypad
        onDigit={(digit) => {
          setCode((current) => onlyDigits(current + digit));
        }}
        onDelete={() => {
          setCode((current) => current.slice(0, -1));
        }}
        onClear={() => {
          setCode('');
        }}
      />
      <button
        type="submit"
        className="button button--primary button--xl pairing-entry__submit"
        disabled={pending || !complete}
      >
        {pending ? t('pairing.pending') : t('pairing.submit')}
      </button>
      <p id={`${id}-hint`} className="pairing-entry__hint">
        {complete ? '\u00a0' : t('pairing.typeAll')}
      </p>
      {error === null || sent !== code ? null : (
        <p className="notice notice--error pairing-entry__error" role="alert">
          <AlertIcon />
          {error === 'pairing_locked' && lockedMinutes !== null
            ? t('pairing.locked', { minutes: lockedMinutes })
            : errorMessage(t, error)}
        </p>
      )}
    </form>
  );
}
