import '../styles/cases.css';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  caseCategories,
  caseChannels,
  caseKindOf,
  type CaseCategory,
  type CaseChannel,
} from '../../shared/cases/case-kinds';
import { replyDaysFor, type Charter } from '../../shared/charter/presets';
import type { Case } from '../../shared/contract/case-views';
import type { CommandInput } from '../../shared/contract/commands';
import {
  languages,
  type Department,
  type Desk,
  type Language,
  type Staff,
} from '../../shared/contract/views';
import { errorCodeOf, sendCommand, type ApiErrorCode } from '../api/http-client';
import { errorMessage } from '../i18n/errors';
import { departmentNames, deskName } from '../i18n/localized';
import { deadlineText } from './deadline-text';

/** What staff can take in by hand; the kiosk is the visitor's own channel. */
const staffChannels = caseChannels.filter((c): c is Exclude<CaseChannel, 'kiosk'> => c !== 'kiosk');

type CaseIntakeFormProps = {
  charter: Charter | null;
  departments: readonly Department[];
  desks: readonly Desk[];
  /** The office's staff, for a manager to name the official concerned; null where not shown. */
  staff: readonly Staff[] | null;
  /** Preselected: the department the form is opened from. */
  departmentId?: number;
  onReceived?: (received: Case) => void;
};

type Draft = {
  channel: Exclude<CaseChannel, 'kiosk'>;
  category: CaseCategory;
  language: Language;
  departmentId: string;
  deskId: string;
  staffId: string;
  ticketCode: string;
  description: string;
  contact: string;
  consent: boolean;
};

function toInput(d: Draft): CommandInput<'receiveCase'> {
  const contact = d.contact.trim();
  return {
    category: d.category,
    channel: d.channel,
    language: d.language,
    description: d.description,
    concerns: {
      ...(d.departmentId === '' ? {} : { departmentId: Number(d.departmentId) }),
      ...(d.deskId === '' ? {} : { deskId: Number(d.deskId) }),
      ...(d.staffId === '' ? {} : { staffId: Number(d.staffId) }),
      ...(d.ticketCode.trim() === '' ? {} : { ticketCode: d.ticketCode.trim() }),
    },
    ...(contact === '' ? {} : { contact, contactConsent: d.consent }),
  };
}

/**
 * A case written down by staff on a visitor's behalf: at the desk (in person) or by the manager
 * (a call, a letter, an e-mail). It shows the deadline the charter gives before it is sent.
 */
export function CaseIntakeForm({
  charter,
  departments,
  desks,
  staff,
  departmentId,
  onReceived,
}: CaseIntakeFormProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const fresh = (): Draft => ({
    channel: 'inPerson',
    category: 'handling',
    language: 'ko',
    departmentId: departmentId === undefined ? '' : String(departmentId),
    deskId: '',
    staffId: '',
    ticketCode: '',
    description: '',
    contact: '',
    consent: false,
  });
  const [draft, setDraft] = useState<Draft>(fresh);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiErrorCode | null>(null);
  const [received, setReceived] = useState<Case | null>(null);
  const edit = (change: Partial<Draft>) => {
    setDraft({ ...draft, ...change });
    setReceived(null);
  };
  const kind = caseKindOf(draft.category);
  const days = charter === null ? null : replyDaysFor(charter, kind);
  const desksShown = desks.filter(
    (d) => draft.departmentId === '' || String(d.departmentId) === draft.departmentId,
  );
  const contactWithoutConsent = draft.contact.trim() !== '' && !draft.consent;
  const field = (name: string) => `${id}-${name}`;

  return (
    <form
      className="case-form"
      onSubmit={(event) => {
        event.preventDefault();
        setPending(true);
        setError(null);
        sendCommand('receiveCase', toInput(draft))
          .then((result) => {
            setReceived(result.case);
            setDraft(fresh());
            onReceived?.(result.case);
          })
          .catch((caught: unknown) => {
            setError(errorCodeOf(caught));
          })
          .finally(() => {
            setPending(false);
          });
      }}
    >
      <fieldset className="case-form__channels">
        <legend>{t('cases.form.channel')}</legend>
        {staffChannels.map((channel) => (
          <label key={channel} className="case-form__channel">
            <input
              type="radio"
              name={field('channel')}
              checked={draft.channel === channel}
              onChange={() => {
                edit({ channel });
              }}
            />
            <span>{t(`cases.channels.${channel}`)}</span>
          </label>
        ))}
      </fieldset>
      <div className="case-form__grid">
        <div className="field field--compact">
          <label htmlFor={field('category')}>{t('cases.form.category')}</label>
          <select
            id={field('category')}
            className="field__input field__select"
            value={draft.category}
            onChange={(event) => {
              edit({ category: event.target.value as CaseCategory });
            }}
          >
            {caseCategories.map((category) => (
              <option key={category} value={category}>
                {t(`cases.categories.${category}`)}
              </option>
            ))}
          </select>
          <span className="field__hint">
            {t('cases.form.kindHint', {
              kind: t(`cases.kinds.${kind}`),
              deadline: days === null ? t('cases.form.noDeadline') : t('cases.form.days', { count: days }),
            })}
          </span>
        </div>
        <div className="field field--compact">
          <label htmlFor={field('language')}>{t('cases.form.language')}</label>
          <select
            id={field('language')}
            className="field__input field__select"
            value={draft.language}
            onChange={(event) => {
              edit({ language: event.target.value as Language });
            }}
          >
            {languages.map((language) => (
              <option key={language} value={language}>
                {t(`language.${language}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--compact">
          <label htmlFor={field('department')}>{t('cases.form.department')}</label>
          <select
            id={field('department')}
            className="field__input field__select"
            value={draft.departmentId}
            onChange={(event) => {
              edit({ departmentId: event.target.value, deskId: '' });
            }}
          >
            <option value="">{t('cases.form.unknown')}</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {departmentNames(d, i18n.language).primary}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--compact">
          <label htmlFor={field('desk')}>{t('cases.form.desk')}</label>
          <select
            id={field('desk')}
            className="field__input field__select"
            value={draft.deskId}
            onChange={(event) => {
              edit({ deskId: event.target.value });
            }}
          >
            <option value="">{t('cases.form.unknown')}</option>
            {desksShown.map((d) => (
              <option key={d.id} value={d.id}>
                {deskName(d, i18n.language)}
              </option>
            ))}
          </select>
        </div>
        {staff === null ? null : (
          <div className="field field--compact">
            <label htmlFor={field('staff')}>{t('cases.form.staff')}</label>
            <select
              id={field('staff')}
              className="field__input field__select"
              value={draft.staffId}
              onChange={(event) => {
                edit({ staffId: event.target.value });
              }}
            >
              <option value="">{t('cases.form.unknown')}</option>
              {staff.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field field--compact">
          <label htmlFor={field('ticket')}>{t('cases.form.ticketCode')}</label>
          <input
            id={field('ticket')}
            className="field__input"
            inputMode="numeric"
            autoComplete="off"
            maxLength={20}
            value={draft.ticketCode}
            onChange={(event) => {
              edit({ ticketCode: event.target.value });
            }}
          />
          <span className="field__hint">{t('cases.form.ticketHint')}</span>
        </div>
      </div>
      <div className="field field--compact">
        <label htmlFor={field('description')}>{t('cases.form.description')}</label>
        <textarea
          id={field('description')}
          className="field__input case-form__text"
          rows={4}
          maxLength={2000}
          value={draft.description}
          onChange={(event) => {
            edit({ description: event.target.value });
          }}
        />
      </div>
      <div className="case-form__grid">
        <div className="field field--compact">
          <label htmlFor={field('contact')}>{t('cases.form.contact')}</label>
          <input
            id={field('contact')}
            className="field__input"
            autoComplete="off"
            maxLength={120}
            value={draft.contact}
            onChange={(event) => {
              edit({ contact: event.target.value });
            }}
          />
          <span className="field__hint">{t('cases.form.contactHint')}</span>
        </div>
        <label className="manager-check case-form__consent">
          <input
            type="checkbox"
            checked={draft.consent}
            onChange={(event) => {
              edit({ consent: event.target.checked });
            }}
          />
          <span>{t('cases.form.consent')}</span>
        </label>
      </div>
      <div className="manager-form__actions">
        <button type="submit" className="button button--primary" disabled={pending || contactWithoutConsent}>
          {t('cases.form.submit')}
        </button>
        {contactWithoutConsent ? <span className="field__hint">{t('cases.form.needsConsent')}</span> : null}
      </div>
      <div role="status" className="manager-status">
        {received === null ? null : (
          <p className="notice notice--ok">
            {received.dueAt === null
              ? t('cases.form.receivedNoDeadline', { number: received.number })
              : t('cases.form.received', {
                  number: received.number,
                  when: deadlineText(t, received.dueAt, i18n.language),
                })}
          </p>
        )}
      </div>
      {error === null ? null : (
        <p className="notice notice--error" role="alert">
          {errorMessage(t, error)}
        </p>
      )}
    </form>
  );
}
