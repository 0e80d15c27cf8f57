import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/errors';
import { useFirstRunStore } from '../stores/first-run-store';
import { AlertIcon } from '../ui/icons';
import { FormField } from './FormField';

/** The first manager's login, name and PIN (typed twice); they are signed in once created. */
export function FirstManagerForm() {
  const { t } = useTranslation();
  const id = useId();
  const create = useFirstRunStore((s) => s.create);
  const pending = useFirstRunStore((s) => s.pending);
  const error = useFirstRunStore((s) => s.error);
  const [login, setLogin] = useState('');
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [pinAgain, setPinAgain] = useState('');
  const [tried, setTried] = useState(false);
  // Said once the second PIN is as long as the first, not at every keystroke before.
  const mismatch = pinAgain !== '' && pin !== pinAgain && (tried || pinAgain.length >= pin.length);

  return (
    <section className="panel first-run__panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="panel__title">
        {t('manager.firstRun.title')}
      </h2>
      <p className="first-run__lead">{t('manager.firstRun.lead')}</p>
      <form
        className="manager-form"
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (pin !== pinAgain) return;
          void create({ login: login.trim(), name: name.trim(), pin });
        }}
      >
        <div className="first-run__grid">
          <FormField
            id={`${id}-login`}
            label={t('manager.firstRun.login')}
            hint={t('manager.firstRun.loginHint')}
          >
            <input
              id={`${id}-login`}
              className="field__input"
              value={login}
              required
              pattern="[a-z0-9._\-]{3,32}"
              autoCapitalize="none"
              autoComplete="username"
              spellCheck={false}
              aria-describedby={`${id}-login-hint`}
              autoFocus
              onChange={(event) => {
                setLogin(event.target.value);
              }}
            />
          </FormField>
          <FormField
            id={`${id}-name`}
            label={t('manager.firstRun.name')}
            hint={t('manager.firstRun.nameHint')}
          >
            <input
              id={`${id}-name`}
              className="field__input"
              value={name}
              required
              maxLength={60}
              autoComplete="name"
              aria-describedby={`${id}-name-hint`}
              onChange={(event) => {
                setName(event.target.value);
              }}
            />
          </FormField>
          <FormField id={`${id}-pin`} label={t('manager.firstRun.pin')} hint={t('manager.firstRun.pinHint')}>
            <input
              id={`${id}-pin`}
              className="field__input"
              type="password"
              inputMode="numeric"
              autoComplete="new-password"
              pattern="\d{4,8}"
              value={pin}
              required
              aria-describedby={`${id}-pin-hint`}
              onChange={(event) => {
                setPin(event.target.value);
              }}
            />
          </FormField>
          <FormField
            id={`${id}-again`}
            label={t('manager.firstRun.pinAgain')}
            hint={t('manager.firstRun.pinAgainHint')}
          >
            <input
              id={`${id}-again`}
              className="field__input"
              type="password"
              inputMode="numeric"
              autoComplete="new-password"
              value={pinAgain}
              required
              aria-invalid={mismatch}
              aria-describedby={`${id}-again-hint`}
              onChange={(event) => {
                setPinAgain(event.target.value);
              }}
            />
          </FormField>
        </div>
        {mismatch ? (
          <p className="notice notice--error" role="alert">
            <AlertIcon />
            {t('manager.firstRun.mismatch')}
          </p>
        ) : null}
        <div className="manager-form__actions">
          <button type="submit" className="button button--primary button--large" disabled={pending}>
            {pending ? t('manager.firstRun.pending') : t('manager.firstRun.submit')}
          </button>
        </div>
        {error === null ? null : (
          <p className="notice notice--error" role="alert">
            <AlertIcon />
            {errorMessage(t, error)}
          </p>
        )}
      </form>
    </section>
  );
}
