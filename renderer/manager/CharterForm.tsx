import '../styles/cases.css';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  charterPresetIds,
  charterPresets,
  compensationKinds,
  escortPolicies,
  type CharterPresetId,
} from '../../shared/charter/presets';
import type { Office } from '../../shared/contract/views';
import { errorCodeOf, sendCommand, type ApiErrorCode } from '../api/http-client';
import { errorMessage } from '../i18n/errors';
import { presetDraft, toApplyCharter, toDraft, type CharterDraft } from './charter-draft';

function initialDraft(office: Office): CharterDraft {
  return office.charter === null
    ? { ...toDraft(charterPresets.mss), officeKo: office.nameKo, officeEn: office.nameEn }
    : toDraft(office.charter);
}

type TextField = {
  [K in keyof CharterDraft]: CharterDraft[K] extends string ? K : never;
}[keyof CharterDraft];

type FieldProps = { id: string; label: string; hint?: string; children: ReactNode };

function Field({ id, label, hint, children }: FieldProps) {
  return (
    <div className="field field--compact">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint === undefined ? null : <span className="field__hint">{hint}</span>}
    </div>
  );
}

/** The service charter in force: a preset from the five seeds, with any value edited. */
export function CharterForm({ office }: { office: Office }) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(() => initialDraft(office));
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiErrorCode | null>(null);
  const [saved, setSaved] = useState(false);
  const input = toApplyCharter(draft);
  const edit = (change: Partial<CharterDraft>) => {
    setDraft({ ...draft, ...change });
    setSaved(false);
  };
  const text = (key: TextField, options: { numeric?: boolean } = {}) => ({
    id: `${id}-${key}`,
    className: 'field__input',
    value: draft[key],
    ...(options.numeric === true ? { inputMode: 'decimal' as const } : {}),
    onChange: (event: { target: { value: string } }) => {
      edit({ [key]: event.target.value });
    },
  });

  return (
    <section className="panel manager-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="panel__title">
        {t('manager.charter.title')}
      </h2>
      <p className="manager-section__lead">{t('manager.charter.lead')}</p>
      <form
        className="manager-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (input === null) return;
          setPending(true);
          setError(null);
          sendCommand('applyCharter', input)
            .then((result) => {
              setDraft(toDraft(result.charter));
              setSaved(true);
            })
            .catch((caught: unknown) => {
              setError(errorCodeOf(caught));
            })
            .finally(() => {
              setPending(false);
            });
        }}
      >
        <Field
          id={`${id}-presetId`}
          label={t('manager.charter.preset')}
          hint={t('manager.charter.presetHint')}
        >
          <select
            id={`${id}-presetId`}
            className="field__input field__select"
            value={draft.presetId}
            onChange={(event) => {
              edit(presetDraft(event.target.value as CharterPresetId, draft));
            }}
          >
            {charterPresetIds.map((preset) => (
              <option key={preset} value={preset}>
                {t(`manager.charter.presets.${preset}`)}
              </option>
            ))}
          </select>
        </Field>
        <div className="manager-form__grid">
          <Field id={`${id}-officeKo`} label={t('manager.charter.officeKo')}>
            <input {...text('officeKo')} required maxLength={80} />
          </Field>
          <Field id={`${id}-officeEn`} label={t('manager.charter.officeEn')}>
            <input {...text('officeEn')} required maxLength={120} />
          </Field>
          <Field
            id={`${id}-attendTargetSeconds`}
            label={t('manager.charter.attendTarget')}
            hint={t('manager.charter.secondsHint')}
          >
            <input {...text('attendTargetSeconds', { numeric: true })} />
          </Field>
          <Field
            id={`${id}-guideTargetSeconds`}
            label={t('manager.charter.guideTarget')}
            hint={t('manager.charter.secondsHint')}
          >
            <input {...text('guideTargetSeconds', { numeric: true })} />
          </Field>
          <Field
            id={`${id}-warningPercent`}
            label={t('manager.charter.warningPercent')}
            hint={t('manager.charter.warningHint')}
          >
            <input {...text('warningPercent', { numeric: true })} required />
          </Field>
          <Field id={`${id}-compensationKind`} label={t('manager.charter.compensationKind')}>
            <select
              id={`${id}-compensationKind`}
              className="field__input field__select"
              value={draft.compensationKind}
              onChange={(event) => {
                edit({ compensationKind: event.target.value as CharterDraft['compensationKind'] });
              }}
            >
              {compensationKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`manager.charter.kinds.${kind}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field
            id={`${id}-compensationAmountWon`}
            label={t('manager.charter.compensationAmount')}
            hint={t('manager.charter.amountHint')}
          >
            <input {...text('compensationAmountWon', { numeric: true })} />
          </Field>
          <Field id={`${id}-compensationBasisKo`} label={t('manager.charter.compensationBasis')}>
            <input {...text('compensationBasisKo')} required maxLength={200} />
          </Field>
          <Field id={`${id}-escortPolicy`} label={t('manager.charter.escortPolicy')}>
            <select
              id={`${id}-escortPolicy`}
              className="field__input field__select"
              value={draft.escortPolicy}
              onChange={(event) => {
                edit({ escortPolicy: event.target.value as CharterDraft['escortPolicy'] });
              }}
            >
              {escortPolicies.map((policy) => (
                <option key={policy} value={policy}>
                  {t(`manager.charter.escortPolicies.${policy}`)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <fieldset className="case-charter">
          <legend>{t('cases.charter.legend')}</legend>
          <p className="field__hint">{t('cases.charter.hint')}</p>
          <div className="manager-form__grid">
            <Field id={`${id}-complaintReplyDays`} label={t('cases.charter.complaint')}>
              <input {...text('complaintReplyDays', { numeric: true })} required />
            </Field>
            <Field
              id={`${id}-dissatisfactionReplyDays`}
              label={t('cases.charter.dissatisfaction')}
              hint={t('cases.charter.emptyNone')}
            >
              <input {...text('dissatisfactionReplyDays', { numeric: true })} />
            </Field>
            <Field
              id={`${id}-unkindnessReplyDays`}
              label={t('cases.charter.unkindness')}
              hint={t('cases.charter.emptyNone')}
            >
              <input {...text('unkindnessReplyDays', { numeric: true })} />
            </Field>
            <Field
              id={`${id}-suggestionReplyDays`}
              label={t('cases.charter.suggestion')}
              hint={t('cases.charter.emptyNone')}
            >
              <input {...text('suggestionReplyDays', { numeric: true })} />
            </Field>
            <Field
              id={`${id}-unkindnessActionThreshold`}
              label={t('cases.charter.threshold')}
              hint={t('cases.charter.thresholdHint')}
            >
              <input {...text('unkindnessActionThreshold', { numeric: true })} />
            </Field>
            <Field id={`${id}-unkindnessWindowDays`} label={t('cases.charter.window')}>
              <input {...text('unkindnessWindowDays', { numeric: true })} required />
            </Field>
          </div>
        </fieldset>
        <Field id={`${id}-greetingKo`} label={t('manager.charter.greeting')}>
          <input {...text('greetingKo')} required maxLength={200} />
        </Field>
        <label className="manager-check">
          <input
            type="checkbox"
            checked={draft.standInRequired}
            onChange={(event) => {
              edit({ standInRequired: event.target.checked });
            }}
          />
          <span>{t('manager.charter.standInRequired')}</span>
        </label>
        <div className="manager-form__actions">
          <button type="submit" className="button button--primary" disabled={pending || input === null}>
            {t('manager.charter.apply')}
          </button>
          {input === null ? <span className="field__hint">{t('manager.charter.invalid')}</span> : null}
        </div>
        <div role="status" className="manager-status">
          {saved ? <p className="notice notice--ok">{t('manager.charter.applied')}</p> : null}
        </div>
        {error === null ? null : (
          <p className="notice notice--error" role="alert">
            {errorMessage(t, error)}
          </p>
        )}
      </form>
    </section>
  );
}
