import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ApiErrorCode } from '../api/http-client';
import { errorMessage } from '../i18n/errors';
import type { IssueChoice } from '../stores/kiosk-store';
import { AlertIcon } from '../ui/icons';
import { useScreenSpeech } from './use-screen-speech';

const repeatMessages = {
  invalid_ticket_code: 'kiosk.repeat.invalid',
  ticket_code_unknown: 'kiosk.repeat.unknown',
  repeat_code_expired: 'kiosk.repeat.expired',
  repeat_code_locked: 'errors.repeat_code_locked',
} as const;

function isRepeatCode(code: ApiErrorCode): code is keyof typeof repeatMessages {
  return Object.hasOwn(repeatMessages, code);
}

function failureText(t: TFunction, code: ApiErrorCode): string {
  if (isRepeatCode(code)) return t(repeatMessages[code]);
  if (code === 'office_closed' || code === 'department_closed') return t(`kiosk.closed.${code}`);
  return errorMessage(t, code);
}

type IssueFailureProps = {
  choice: IssueChoice;
  /** The department's name in the screen's language, for the retry button. */
  departmentName: string;
  code: ApiErrorCode;
  onRetry: (choice: IssueChoice) => void;
};

/** Why no ticket came out, kindly, and the way on: a claim that failed still leaves an ordinary ticket. */
export function IssueFailure({ choice, departmentName, code, onRetry }: IssueFailureProps) {
  const { t } = useTranslation();
  const message = failureText(t, code);
  useScreenSpeech(message);
  const closed = code === 'office_closed' || code === 'department_closed';
  const ordinary = isRepeatCode(code);
  return (
    <div className="kiosk-error" role="alert">
      <AlertIcon className="kiosk-error__icon" />
      <div className="kiosk-error__body">
        <p className="kiosk-error__title">{t('kiosk.issueFailed')}</p>
        <p>{message}</p>
      </div>
      {closed ? null : (
        <button
          type="button"
          className="button button--primary button--large"
          onClick={() => {
            onRetry(ordinary ? { departmentId: choice.departmentId } : choice);
          }}
        >
          {ordinary ? t('kiosk.repeat.ordinary') : t('kiosk.retry', { department: departmentName })}
        </button>
      )}
    </div>
  );
}
