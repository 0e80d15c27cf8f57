import { useTranslation } from 'react-i18next';
import type { ApiErrorCode } from '../api/http-client';
import { errorMessage } from '../i18n/errors';

type CommandOutcomeProps = { done: boolean; doneText: string; error: ApiErrorCode | null };

/** What became of a form's last command, announced to screen readers. */
export function CommandOutcome({ done, doneText, error }: CommandOutcomeProps) {
  const { t } = useTranslation();
  return (
    <>
      <div role="status" className="manager-status">
        {done ? <p className="notice notice--ok">{doneText}</p> : null}
      </div>
      {error === null ? null : (
        <p className="notice notice--error" role="alert">
          {errorMessage(t, error)}
        </p>
      )}
    </>
  );
}
