import { useTranslation } from 'react-i18next';
import type { ApiErrorCode } from '../api/http-client';
import { errorMessage } from '../i18n/errors';
import { AlertIcon } from './icons';

type LoadStateProps = { error: ApiErrorCode | null; onRetry: () => void };

/** What a screen shows before its snapshot arrives, or when it cannot arrive. */
export function LoadState({ error, onRetry }: LoadStateProps) {
  const { t } = useTranslation();
  if (error === null) {
    return (
      <p className="load-state" role="status">
        <span className="spinner" aria-hidden="true" />
        {t('app.loading')}
      </p>
    );
  }
  return (
    <div className="load-state load-state--error" role="alert">
      <AlertIcon className="load-state__icon" />
      <p className="load-state__title">{t('app.loadFailed')}</p>
      <p>{errorMessage(t, error)}</p>
      <button type="button" className="button button--primary" onClick={onRetry}>
        {t('app.retry')}
      </button>
    </div>
  );
}
