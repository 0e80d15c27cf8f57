import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../shared/contract/case-views';
import { deadlineDay } from '../../shared/cases/reply-deadline';
import { addDays } from '../../shared/time/business-day';
import { useManagerCasesStore } from '../stores/manager-cases-store';

/** 지연 통지: the reason and the new date told to the visitor, before the deadline passes. */
export function DelayForm({ item, today }: { item: Case; today: string }) {
  const { t } = useTranslation();
  const id = useId();
  const act = useManagerCasesStore((s) => s.act);
  const pending = useManagerCasesStore((s) => s.pendingId === item.id);
  const earliest = addDays(item.dueAt === null ? today : deadlineDay(item.dueAt), 1);
  const [reason, setReason] = useState('');
  const [newDueDay, setNewDueDay] = useState(earliest);
  return (
    <form
      className="case-step-form"
      onSubmit={(event) => {
        event.preventDefault();
        void act({ kind: 'delay', caseId: item.id, reason: reason.trim(), newDueDay });
      }}
    >
      <h4>{t('cases.manager.delayTitle')}</h4>
      <div className="field field--compact">
        <label htmlFor={`${id}-reason`}>{t('cases.manager.delayReason')}</label>
        <input
          id={`${id}-reason`}
          className="field__input"
          maxLength={500}
          required
          value={reason}
          onChange={(event) => {
            setReason(event.target.value);
          }}
        />
      </div>
      <div className="field field--compact">
        <label htmlFor={`${id}-day`}>{t('cases.manager.delayDay')}</label>
        <input
          id={`${id}-day`}
          className="field__input"
          type="date"
          min={earliest < today ? today : earliest}
          required
          value={newDueDay}
          onChange={(event) => {
            setNewDueDay(event.target.value);
          }}
        />
      </div>
      <button type="submit" className="button button--secondary" disabled={pending || reason.trim() === ''}>
        {t('cases.manager.delaySubmit')}
      </button>
    </form>
  );
}

type Finding = 'upheld' | 'notUpheld' | 'none';

/** 답변: what the office did or answered, and whether the report was borne out. */
export function AnswerForm({ item }: { item: Case }) {
  const { t } = useTranslation();
  const id = useId();
  const act = useManagerCasesStore((s) => s.act);
  const pending = useManagerCasesStore((s) => s.pendingId === item.id);
  const [summary, setSummary] = useState('');
  const [finding, setFinding] = useState<Finding>('none');
  return (
    <form
      className="case-step-form"
      onSubmit={(event) => {
        event.preventDefault();
        void act({
          kind: 'answer',
          caseId: item.id,
          summary: summary.trim(),
          ...(finding === 'none' ? {} : { upheld: finding === 'upheld' }),
        });
      }}
    >
      <h4>{t('cases.manager.answerTitle')}</h4>
      <div className="field field--compact">
        <label htmlFor={`${id}-summary`}>{t('cases.manager.answerSummary')}</label>
        <textarea
          id={`${id}-summary`}
          className="field__input case-form__text"
          rows={3}
          maxLength={2000}
          required
          value={summary}
          onChange={(event) => {
            setSummary(event.target.value);
          }}
        />
      </div>
      <fieldset className="case-step-form__finding">
        <legend>{t('cases.manager.finding')}</legend>
        {(['upheld', 'notUpheld', 'none'] as const).map((option) => (
          <label key={option}>
            <input
              type="radio"
              name={`${id}-finding`}
              checked={finding === option}
              onChange={() => {
                setFinding(option);
              }}
            />
            <span>{t(`cases.manager.findings.${option}`)}</span>
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button button--primary" disabled={pending || summary.trim() === ''}>
        {t('cases.manager.answerSubmit')}
      </button>
    </form>
  );
}
