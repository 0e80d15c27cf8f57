import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../shared/contract/views';
import type { ApiErrorCode } from '../api/http-client';
import { errorMessage } from '../i18n/errors';
import { useDeskStore } from '../stores/desk-store';
import { AlertIcon } from '../ui/icons';

type Missing = 'pickAnswer' | 'writeReason' | 'typeCode';

type RepeatJudgementFormProps = {
  ticket: Ticket;
  /** The visitor made no claim at the kiosk: the desk types the earlier ticket's code. */
  askForCode: boolean;
};

/** "직원 잘못으로 다시 오셨나요?" — the desk's verdict, with the reason the charter report needs. */
export function RepeatJudgementForm({ ticket, askForCode }: RepeatJudgementFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const busy = useDeskStore((s) => s.busy);
  const judge = useDeskStore((s) => s.judgeRepeatVisit);
  const [staffError, setStaffError] = useState<boolean | null>(null);
  const [reason, setReason] = useState('');
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<Missing | ApiErrorCode | null>(null);

  const missing = (): Missing | null => {
    if (askForCode && code.trim() === '') return 'typeCode';
    if (staffError === null) return 'pickAnswer';
    return reason.trim() === '' ? 'writeReason' : null;
  };

  return (
    <form
      className="judgement"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const gap = missing();
        setProblem(gap);
        if (gap !== null || staffError === null) return;
        const earlierCode = askForCode ? code.trim() : undefined;
        void judge({ ticketId: ticket.id, staffError, reason: reason.trim(), earlierCode }).then(
          (outcome) => {
            if (typeof outcome === 'object') setProblem(outcome.error);
          },
        );
      }}
    >
      {askForCode ? (
        <div className="field field--compact">
          <label htmlFor={`${id}-code`}>{t('deskWork.repeat.earlierCode')}</label>
          <input
            id={`${id}-code`}
            className="field__input"
            value={code}
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            maxLength={40}
            placeholder="000-000-000"
            onChange={(event) => {
              setCode(event.target.value);
            }}
          />
        </div>
      ) : null}
      <fieldset className="choice-group">
        <legend className="choice-group__legend">{t('deskWork.repeat.question')}</legend>
        <div className="choice-group__options">
          {([true, false] as const).map((answer) => (
            <label key={String(answer)} className="choice">
              <input
                type="radio"
                name={`${id}-staff-error`}
                checked={staffError === answer}
                onChange={() => {
                  setStaffError(answer);
                }}
              />
              <span className="choice__text">
                {answer ? t('deskWork.repeat.yes') : t('deskWork.repeat.no')}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="judgement__row">
        <div className="field field--compact">
          <label htmlFor={`${id}-reason`}>{t('deskWork.repeat.reason')}</label>
          <input
            id={`${id}-reason`}
            className="field__input"
            value={reason}
            maxLength={500}
            required
            autoComplete="off"
            onChange={(event) => {
              setReason(event.target.value);
            }}
          />
        </div>
        <button type="submit" className="button button--secondary button--large" disabled={busy}>
          {t('deskWork.repeat.submit')}
        </button>
      </div>
      {problem === null ? null : (
        <p className="notice notice--error" role="alert">
          <AlertIcon />
          {problem === 'pickAnswer' || problem === 'writeReason' || problem === 'typeCode'
            ? t(`deskWork.repeat.${problem}`)
            : errorMessage(t, problem)}
        </p>
      )}
    </form>
  );
}
