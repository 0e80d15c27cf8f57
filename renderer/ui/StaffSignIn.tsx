import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/errors';
import { useSessionStore } from '../stores/session-store';
import { AlertIcon } from './icons';

type StaffSignInProps = {
  heading: string;
  lead: ReactNode;
  /** The desk the sign-in serves; guides and managers sign in without one. */
  deskId?: number;
};

/** Staff id and PIN, for any staff screen; the hub decides what the role may do. */
export function StaffSignIn({ heading, lead, deskId }: StaffSignInProps) {
  const { t } = useTranslation();
  const signIn = useSessionStore((s) => s.signIn);
  const pending = useSessionStore((s) => s.pending);
  const error = useSessionStore((s) => s.error);
  const lockedMinutes = useSessionStore((s) => s.lockedMinutes);
  const ended = useSessionStore((s) => s.ended);
  const [login, setLogin] = useState('');
  const [pin, setPin] = useState('');
  const id = useId();
  return (
    <section className="panel sign-in" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="panel__title">
        {heading}
      </h2>
      {ended ? (
        <p className="notice sign-in__ended" role="alert">
          <AlertIcon />
          {t('deskSession.ended')}
        </p>
      ) : null}
      <p className="sign-in__lead">{lead}</p>
      <form
        className="sign-in__form"
        onSubmit={(event) => {
          event.preventDefault();
          void signIn(login.trim(), pin, deskId).then(() => {
            setPin('');
          });
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-login`}>{t('desk.signIn.login')}</label>
          <input
            id={`${id}-login`}
            className="field__input"
            value={login}
            onChange={(event) => {
              setLogin(event.target.value);
            }}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            autoFocus
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-pin`}>{t('desk.signIn.pin')}</label>
          <input
            id={`${id}-pin`}
            className="field__input"
            type="password"
            inputMode="numeric"
            value={pin}
            onChange={(event) => {
              setPin(event.target.value);
            }}
            autoComplete="current-password"
            required
          />
        </div>
        <button type="submit" className="button button--primary button--large" disabled={pending}>
          {t('desk.signIn.submit')}
        </button>
      </form>
      {error === null ? null : (
        <p className="notice notice--error sign-in__error" role="alert">
          <AlertIcon />
          {error === 'pin_locked' && lockedMinutes !== null
            ? t('desk.signIn.locked', { minutes: lockedMinutes })
            : errorMessage(t, error)}
        </p>
      )}
    </section>
  );
}
