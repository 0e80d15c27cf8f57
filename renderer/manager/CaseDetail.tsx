import { useTranslation } from 'react-i18next';
import { isCaseOpen } from '../../shared/cases/case-lifecycle';
import { caseStanding } from '../../shared/cases/case-standing';
import { CASE_CONTACT_RETENTION_DAYS } from '../../shared/cases/case-contact';
import type { CaseRecord } from '../../shared/contract/case-views';
import type { Office, Staff } from '../../shared/contract/views';
import { businessDay } from '../../shared/time/business-day';
import { deadlineText, momentText } from '../cases/deadline-text';
import { StandingBadge } from '../cases/StandingBadge';
import { departmentNames, deskName } from '../i18n/localized';
import { useManagerCasesStore } from '../stores/manager-cases-store';
import { shownPhone } from '../cases/phone-number';
import { AnswerForm, DelayForm } from './CaseStepForms';

type CaseDetailProps = { item: CaseRecord; office: Office; staff: readonly Staff[] | null; now: number };

/** One case: what was said, about whom, its deadline, its steps, and the next step to take. */
export function CaseDetail({ item, office, staff, now }: CaseDetailProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const act = useManagerCasesStore((s) => s.act);
  const pending = useManagerCasesStore((s) => s.pendingId === item.id);
  const department = office.departments.find((d) => d.id === item.departmentId);
  const desk = office.desks.find((d) => d.id === item.deskId);
  const official = staff?.find((s) => s.id === item.staffId);
  const nameOf = (staffId: number | null) =>
    staffId === null ? null : (staff?.find((s) => s.id === staffId)?.name ?? `#${staffId}`);
  const concerns = [
    department ? departmentNames(department, language).primary : null,
    desk ? deskName(desk, language) : null,
    official ? official.name : item.staffId === null ? null : `#${item.staffId}`,
    item.ticketNumber
      ? t('cases.manager.ticket', { number: item.ticketNumber, day: item.ticketDay ?? '' })
      : null,
  ].filter((part): part is string => part !== null);

  return (
    <article className="case-detail" aria-labelledby={`case-${item.id}-title`}>
      <header className="case-detail__head">
        <h3 id={`case-${item.id}-title`}>
          {t('cases.manager.caseTitle', { number: item.number, kind: t(`cases.kinds.${item.kind}`) })}
        </h3>
        <StandingBadge standing={caseStanding(item, now)} />
      </header>
      <dl className="case-detail__facts">
        <dt>{t('cases.manager.received')}</dt>
        <dd>
          {momentText(t, item.receivedAt, language)} · {t(`cases.channels.${item.channel}`)}
          {item.receivedBy === null ? null : ` · ${nameOf(item.receivedBy) ?? ''}`}
        </dd>
        <dt>{t('cases.manager.category')}</dt>
        <dd>
          {t(`cases.categories.${item.category}`)} · {t(`language.${item.language}`)}
        </dd>
        <dt>{t('cases.manager.concerns')}</dt>
        <dd>{concerns.length === 0 ? t('cases.manager.concernsUnknown') : concerns.join(' · ')}</dd>
        <dt>{t('cases.manager.deadline')}</dt>
        <dd>
          {item.dueAt === null
            ? t('cases.manager.noDeadline')
            : t('cases.manager.deadlineDays', {
                when: deadlineText(t, item.dueAt, language),
                count: item.replyDays ?? 0,
              })}
          {item.originalDueAt !== null && item.originalDueAt !== item.dueAt ? (
            <span className="case-detail__moved">
              {t('cases.manager.originalDeadline', { when: deadlineText(t, item.originalDueAt, language) })}
            </span>
          ) : null}
        </dd>
        <dt>{t('cases.manager.contact')}</dt>
        <dd>
          {item.contact === null
            ? item.hasContact
              ? '—'
              : t('cases.manager.noContact')
            : t('cases.manager.contactKept', {
                contact: /^\d+$/.test(item.contact) ? shownPhone(item.contact) : item.contact,
                days: CASE_CONTACT_RETENTION_DAYS,
              })}
        </dd>
      </dl>
      <p className="case-detail__text">
        {item.description === '' ? t('cases.manager.noText') : item.description}
      </p>
      <ol className="case-steps" aria-label={t('cases.manager.steps')}>
        {item.steps.map((step, index) => (
          <li key={index} className={`case-step case-step--${step.step}`}>
            <span className="case-step__what">{t(`cases.statuses.${step.step}`)}</span>
            <span className="case-step__when">{momentText(t, step.at, language)}</span>
            {step.staffId === null ? null : <span className="case-step__who">{nameOf(step.staffId)}</span>}
            {step.note === null ? null : <span className="case-step__note">{step.note}</span>}
            {step.step === 'delayNotified' && step.dueAt !== null ? (
              <span className="case-step__note">
                {t('cases.manager.newDeadline', { when: deadlineText(t, step.dueAt, language) })}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
      {item.lateDelayNotice ? <p className="case-detail__late">{t('cases.manager.lateNotice')}</p> : null}
      {isCaseOpen(item.status) ? (
        <div className="case-detail__actions">
          <AnswerForm key={`answer-${item.id}`} item={item} />
          <DelayForm key={`delay-${item.id}-${item.dueAt ?? 0}`} item={item} today={businessDay(now)} />
        </div>
      ) : item.status === 'answered' ? (
        <div className="case-detail__actions">
          <p>{t('cases.manager.closeLead')}</p>
          <button
            type="button"
            className="button button--secondary"
            disabled={pending}
            onClick={() => void act({ kind: 'close', caseId: item.id })}
          >
            {t('cases.manager.close')}
          </button>
        </div>
      ) : null}
    </article>
  );
}
