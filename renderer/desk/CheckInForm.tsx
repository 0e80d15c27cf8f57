import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';

type CheckInFormProps = {
  inputRef: Ref<HTMLInputElement>;
  busy: boolean;
  onCheckIn: (typed: string) => Promise<boolean>;
  /** The stand-in desk a check-in goes to while this desk is away. */
  routedTo: string | null;
};

/** What a ticket code is written with: digits, and the dashes printed between its groups. */
export const codeCharacters = (typed: string): string => typed.replace(/[^0-9-]/g, '');

/** Typed or scanned: a keyboard-wedge barcode scanner types the digits and presses Enter. */
export function CheckInForm({ inputRef, busy, onCheckIn, routedTo }: CheckInFormProps) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  return (
    <form
      className="check-in"
      onSubmit={(event) => {
        event.preventDefault();
        // Not refused while another command is in flight: the desk queues it after that one. The
        // field empties at once, so a second scan typed before the reply is not wiped by it; a
        // refused code comes back for correcting unless something new was typed meanwhile.
        const submitted = code;
        if (submitted.trim() === '') return;
        setCode('');
        void onCheckIn(submitted).then((accepted) => {
          if (!accepted) setCode((current) => (current === '' ? submitted : current));
        });
      }}
    >
      <label htmlFor="check-in-code" className="check-in__label">
        {t('desk.checkIn.label')}
      </label>
      <div className="check-in__row">
        <input
          id="check-in-code"
          ref={inputRef}
          className="check-in__input"
          value={code}
          onChange={(event) => {
            setCode(codeCharacters(event.target.value));
          }}
          // Digits and dashes only: a letter typed here is a desk key (see use-desk-hotkeys).
          data-desk-keys="pass"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          maxLength={40}
          placeholder="000-000-000"
          aria-describedby="check-in-hint"
          // The desk's main input: staff and scanners type into it without reaching for the mouse.
          autoFocus
        />
        <button type="submit" className="button button--secondary button--large" disabled={busy}>
          {t('desk.checkIn.submit')}
        </button>
      </div>
      <p
        id="check-in-hint"
        className={routedTo === null ? 'check-in__hint' : 'check-in__hint check-in__hint--away'}
      >
        {routedTo === null ? t('desk.checkIn.hint') : t('deskWork.away.checkInRouted', { desk: routedTo })}
      </p>
    </form>
  );
}
