import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/errors';
import { useSessionStore } from '../stores/session-store';
import { AlertIcon } from '../ui/icons';

/** Desk commands need a staff member signed in at this desk; the lists stay readable without. */
export function DeskSignIn({ deskId }: { deskId: number }) {
  const { t } = useTranslation();
  const signIn = useSessionStore((s) => s.signIn);
  const pending = useSessionStore((s) => s.pending);
  const error = useSessionStore((s) => s.error);
  const [login, setLogin] = useState('');
  const [pin, setPin] = useState('');
  return (
    <section className="panel sign-in" aria-labelledby="sign-in-heading">
      <h2 id="sign-in-heading" className="panel__title">
        {t('desk.signIn.heading')}
      </h2>
      <p className="sign-in__lead">{t('desk.signIn.lead')}</p>
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
          <label htmlFor="sign-in-login">{t('desk.signIn.login')}</label>
          <input
            id="sign-in-login"
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
          <label htmlFor="sign-in-pin">{t('desk.signIn.pin')}</label>
          <input
            id="sign-in-pin"
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
          {errorMessage(t, error)}
        </p>
      )}
    </section>
  );
}
