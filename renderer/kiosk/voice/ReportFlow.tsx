import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { KIOSK_CONTACT_PATTERN } from '../../../shared/cases/case-contact';
import { caseCategories } from '../../../shared/cases/case-kinds';
import type { Office } from '../../../shared/contract/views';
import { normalizeTicketCode, TICKET_CODE_LENGTH } from '../../../shared/numbering/ticket-code';
import { deadlineText } from '../../cases/deadline-text';
import { asUiLanguage } from '../../i18n';
import { errorMessage } from '../../i18n/errors';
import { departmentNames } from '../../i18n/localized';
import { reportSteps, useKioskVoiceStore, type ReportStep } from '../../stores/kiosk-voice-store';
import { useScreenSpeech } from '../use-screen-speech';
import { CategoryIcon } from './category-icons';
import { shownPhone } from '../../cases/phone-number';
import { CodeEntry, shownTicketCode } from './CodeEntry';
import { FreeTextField } from './FreeTextField';

const PHONE_MAX_DIGITS = 11;

type StepFrameProps = {
  step: Exclude<ReportStep, 'done'>;
  title: string;
  lead: string;
  children: ReactNode;
  /** The forward button, when the step has one. */
  next?: ReactNode;
};

/** One question per screen, with where the visitor is and a way back or out. */
function StepFrame({ step, title, lead, children, next }: StepFrameProps) {
  const { t } = useTranslation();
  const goTo = useKioskVoiceStore((s) => s.goTo);
  const reset = useKioskVoiceStore((s) => s.reset);
  const index = reportSteps.indexOf(step);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useScreenSpeech(`${title} ${lead}`);
  useEffect(() => {
    headingRef.current?.focus();
  }, [step]);
  return (
    <section className="voice-step" aria-labelledby="voice-step-title">
      <p className="voice-step__progress">
        {t('cases.kiosk.progress', { step: index + 1, total: reportSteps.length })}
      </p>
      <div className="kiosk-intro">
        <h1 id="voice-step-title" tabIndex={-1} ref={headingRef}>
          {title}
        </h1>
        <p>{lead}</p>
      </div>
      <div className="voice-step__body">{children}</div>
      <div className="voice-step__nav">
        <button type="button" className="button button--quiet button--xl" onClick={reset}>
          {t('cases.kiosk.cancel')}
        </button>
        {index > 0 ? (
          <button
            type="button"
            className="button button--secondary button--xl"
            onClick={() => {
              goTo(reportSteps[index - 1]!);
            }}
          >
            {t('cases.kiosk.back')}
          </button>
        ) : null}
        {next}
      </div>
    </section>
  );
}

function CategoryStep() {
  const { t } = useTranslation();
  const draft = useKioskVoiceStore((s) => s.draft);
  const editDraft = useKioskVoiceStore((s) => s.editDraft);
  const goTo = useKioskVoiceStore((s) => s.goTo);
  return (
    <StepFrame step="category" title={t('cases.kiosk.categoryTitle')} lead={t('cases.kiosk.categoryLead')}>
      <ul className="voice-categories" aria-label={t('cases.kiosk.categoryTitle')}>
        {caseCategories.map((category) => (
          <li key={category}>
            <button
              type="button"
              className="voice-category"
              aria-pressed={draft.category === category}
              onClick={() => {
                editDraft({ category });
                goTo('where');
              }}
            >
              <CategoryIcon category={category} />
              <span className="voice-category__label">{t(`cases.categories.${category}`)}</span>
              <span className="voice-category__hint">{t(`cases.kiosk.categoryHints.${category}`)}</span>
            </button>
          </li>
        ))}
      </ul>
    </StepFrame>
  );
}

function WhereStep({ office }: { office: Office }) {
  const { t, i18n } = useTranslation();
  const draft = useKioskVoiceStore((s) => s.draft);
  const editDraft = useKioskVoiceStore((s) => s.editDraft);
  const goTo = useKioskVoiceStore((s) => s.goTo);
  const codeTyped = draft.byCode && draft.ticketCode.length > 0;
  const codeComplete = draft.ticketCode.length === TICKET_CODE_LENGTH;
  // The check digit catches a mistyped code here, before the visitor has gone two steps on.
  const codeWrong = codeTyped && codeComplete && normalizeTicketCode(draft.ticketCode) === null;
  const told = draft.departmentId !== null || (draft.byCode && draft.ticketCode !== '');
  return (
    <StepFrame
      step="where"
      title={t('cases.kiosk.whereTitle')}
      lead={t('cases.kiosk.whereLead')}
      next={
        <button
          type="button"
          className="button button--primary button--xl"
          disabled={codeTyped && (!codeComplete || codeWrong)}
          onClick={() => {
            goTo('detail');
          }}
        >
          {told ? t('cases.kiosk.next') : t('cases.kiosk.skip')}
        </button>
      }
    >
      <ul className="voice-places" aria-label={t('cases.kiosk.whereTitle')}>
        {office.departments.map((department) => (
          <li key={department.id}>
            <button
              type="button"
              className="voice-place"
              aria-pressed={draft.departmentId === department.id}
              onClick={() => {
                editDraft({ departmentId: department.id, byCode: false, ticketCode: '' });
              }}
            >
              {departmentNames(department, i18n.language).primary}
            </button>
          </li>
        ))}
        <li>
          <button
            type="button"
            className="voice-place voice-place--code"
            aria-pressed={draft.byCode}
            onClick={() => {
              editDraft({ departmentId: null, byCode: true });
            }}
          >
            {t('cases.kiosk.byCode')}
          </button>
        </li>
      </ul>
      {draft.byCode ? (
        <CodeEntry
          label={t('cases.kiosk.ticketCode')}
          value={draft.ticketCode}
          length={TICKET_CODE_LENGTH}
          shown={shownTicketCode}
          onChange={(ticketCode) => {
            editDraft({ ticketCode });
          }}
        />
      ) : null}
      {codeWrong ? (
        <p className="kiosk-error voice-error" role="alert">
          {t('errors.invalid_ticket_code')}
        </p>
      ) : null}
    </StepFrame>
  );
}

function DetailStep() {
  const { t, i18n } = useTranslation();
  const draft = useKioskVoiceStore((s) => s.draft);
  const editDraft = useKioskVoiceStore((s) => s.editDraft);
  const goTo = useKioskVoiceStore((s) => s.goTo);
  return (
    <StepFrame
      step="detail"
      title={t('cases.kiosk.detailTitle')}
      lead={t('cases.kiosk.detailLead')}
      next={
        <button
          type="button"
          className="button button--primary button--xl"
          onClick={() => {
            goTo('contact');
          }}
        >
          {draft.description.trim() === '' ? t('cases.kiosk.skip') : t('cases.kiosk.next')}
        </button>
      }
    >
      <FreeTextField
        value={draft.description}
        onChange={(description) => {
          editDraft({ description });
        }}
        language={asUiLanguage(i18n.language)}
        label={t('cases.kiosk.detailLabel')}
        onEnter={() => {
          goTo('contact');
        }}
      />
    </StepFrame>
  );
}

function ContactStep() {
  const { t, i18n } = useTranslation();
  const draft = useKioskVoiceStore((s) => s.draft);
  const pending = useKioskVoiceStore((s) => s.pending);
  const failure = useKioskVoiceStore((s) => s.failure);
  const editDraft = useKioskVoiceStore((s) => s.editDraft);
  const submit = useKioskVoiceStore((s) => s.submitReport);
  const language = asUiLanguage(i18n.language);
  const typed = draft.contact !== '';
  const phoneComplete = KIOSK_CONTACT_PATTERN.test(draft.contact);
  return (
    <StepFrame
      step="contact"
      title={t('cases.kiosk.contactTitle')}
      lead={t('cases.kiosk.contactLead')}
      next={
        <button
          type="button"
          className="button button--primary button--xl"
          disabled={pending || (typed && (!phoneComplete || !draft.consent))}
          onClick={() => void submit(language)}
        >
          {pending
            ? t('cases.kiosk.sending')
            : typed
              ? t('cases.kiosk.submit')
              : t('cases.kiosk.submitWithout')}
        </button>
      }
    >
      <CodeEntry
        label={t('cases.kiosk.contactLabel')}
        value={draft.contact}
        length={PHONE_MAX_DIGITS}
        shown={(digits) => (digits === '' ? '010-____-____' : shownPhone(digits))}
        onChange={(contact) => {
          editDraft({ contact });
        }}
      />
      <label className="voice-consent">
        <input
          type="checkbox"
          checked={draft.consent}
          onChange={(event) => {
            editDraft({ consent: event.target.checked });
          }}
        />
        <span>{t('cases.kiosk.consent')}</span>
      </label>
      {failure === null ? null : (
        <p className="kiosk-error voice-error" role="alert">
          {errorMessage(t, failure)}
        </p>
      )}
    </StepFrame>
  );
}

function ReportDone() {
  const { t, i18n } = useTranslation();
  const received = useKioskVoiceStore((s) => s.received);
  const reset = useKioskVoiceStore((s) => s.reset);
  const draft = useKioskVoiceStore((s) => s.draft);
  const due = received?.dueAt ?? null;
  const replied = draft.consent && draft.contact !== '';
  const promise =
    due === null
      ? t('cases.kiosk.doneNoDeadline')
      : t(replied ? 'cases.kiosk.doneDueReply' : 'cases.kiosk.doneDue', {
          when: deadlineText(t, due, i18n.language),
        });
  useScreenSpeech(`${t('cases.kiosk.doneTitle')} ${promise}`);
  if (received === null) return null;
  return (
    <section className="voice-done" aria-labelledby="voice-done-title">
      <h1 id="voice-done-title">{t('cases.kiosk.doneTitle')}</h1>
      <p className="voice-done__number">
        <span>{t('cases.kiosk.doneNumber')}</span>
        <strong>{received.number}</strong>
      </p>
      <p className="voice-done__promise">{promise}</p>
      {replied ? null : <p className="voice-done__note">{t('cases.kiosk.doneNoContact')}</p>}
      <button type="button" className="button button--primary button--xl" onClick={reset}>
        {t('cases.kiosk.home')}
      </button>
    </section>
  );
}

/** 불편·불친절 신고 at the kiosk: what, where, in their words, and how to reply — all but the first optional. */
export function ReportFlow({ office }: { office: Office }) {
  const step = useKioskVoiceStore((s) => s.reportStep);
  switch (step) {
    case 'category':
      return <CategoryStep />;
    case 'where':
      return <WhereStep office={office} />;
    case 'detail':
      return <DetailStep />;
    case 'contact':
      return <ContactStep />;
    case 'done':
      return <ReportDone />;
  }
}
