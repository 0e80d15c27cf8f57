import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerEntry } from '../../shared/contract/views';
import { useManagerLedgerStore } from '../stores/manager-ledger-store';

type Step = 'choose' | 'approve' | 'reject' | 'pay';

/** The next decision for a compensation, each asking only for what the hub needs to record it. */
export function LedgerActions({ entry }: { entry: LedgerEntry }) {
  const { t } = useTranslation();
  const id = useId();
  const act = useManagerLedgerStore((s) => s.act);
  const busy = useManagerLedgerStore((s) => s.pendingId === entry.id);
  const [step, setStep] = useState<Step>('choose');
  const [value, setValue] = useState('');
  const open = (next: Step) => {
    setValue('');
    setStep(next);
  };
  const finish = (done: boolean) => {
    if (done) setStep('choose');
  };
  const ticket = entry.ticketNumber;

  if (entry.status === 'rejected' || entry.status === 'paid') return null;

  if (step === 'choose') {
    return entry.status === 'pending' ? (
      <div className="ledger-actions">
        <button
          type="button"
          className="button button--primary button--small"
          disabled={busy}
          aria-label={t('manager.ledger.approveFor', { ticket })}
          onClick={() => {
            if (entry.amountWon === null) open('approve');
            else void act({ kind: 'approve', compensationId: entry.id }).then(finish);
          }}
        >
          {t('manager.ledger.approve')}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={busy}
          aria-label={t('manager.ledger.rejectFor', { ticket })}
          onClick={() => {
            open('reject');
          }}
        >
          {t('manager.ledger.reject')}
        </button>
      </div>
    ) : (
      <button
        type="button"
        className="button button--primary button--small"
        disabled={busy}
        aria-label={t('manager.ledger.payFor', { ticket })}
        onClick={() => {
          open('pay');
        }}
      >
        {t('manager.ledger.pay')}
      </button>
    );
  }

  const label = t(`manager.ledger.inputs.${step}`);
  return (
    <form
      className="ledger-actions ledger-actions--form"
      onSubmit={(event) => {
        event.preventDefault();
        const text = value.trim();
        const action =
          step === 'approve'
            ? ({ kind: 'approve', compensationId: entry.id, amountWon: Number(text) } as const)
            : step === 'reject'
              ? ({ kind: 'reject', compensationId: entry.id, reason: text } as const)
              : ({ kind: 'pay', compensationId: entry.id, reference: text } as const);
        void act(action).then(finish);
      }}
    >
      <label htmlFor={`${id}-value`} className="visually-hidden">
        {label}
      </label>
      <input
        id={`${id}-value`}
        className="field__input ledger-actions__input"
        placeholder={label}
        value={value}
        required
        autoFocus
        {...(step === 'approve'
          ? { type: 'number', min: 1, max: 10_000_000, step: 1, inputMode: 'numeric' as const }
          : { maxLength: step === 'pay' ? 120 : 500 })}
        onChange={(event) => {
          setValue(event.target.value);
        }}
      />
      <button type="submit" className="button button--primary button--small" disabled={busy}>
        {t(`manager.ledger.confirm.${step}`)}
      </button>
      <button
        type="button"
        className="button button--quiet button--small"
        onClick={() => {
          setStep('choose');
        }}
      >
        {t('manager.ledger.cancel')}
      </button>
    </form>
  );
}
