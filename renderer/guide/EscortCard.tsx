import { useTranslation } from 'react-i18next';
import type { Department, EscortRequest, Staff, Ticket } from '../../shared/contract/views';
import { displayTicketNumber } from '../../shared/numbering/ticket-number';
import { departmentLocation, departmentNames } from '../i18n/localized';
import { formatDuration } from '../time/format-duration';
import { formatTimeOfDay } from '../time/hub-time';
import { PinIcon } from '../ui/icons';
import { PriorityBadge } from '../ui/PriorityBadge';
import { EscortClock } from './EscortClock';
import { LanguageIcon } from './LanguageIcon';
import { ReasonIcon } from './reason-icons';
import { requestLabel } from './request-label';

type EscortCardProps = {
  request: EscortRequest;
  ticket: Ticket | null;
  department: Department | null;
  guide: Staff | null;
  now: number;
  /** Came in while the screen was open: highlighted until someone accepts it. */
  isNew: boolean;
  /** Without a guide's sign-in the card only shows. */
  readOnly: boolean;
  busy: boolean;
  onAccept: (requestId: number) => void;
  onDeliver: (requestId: number) => void;
};

export function EscortCard({
  request,
  ticket,
  department,
  guide,
  now,
  isNew,
  readOnly,
  busy,
  onAccept,
  onDeliver,
}: EscortCardProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const label = requestLabel(t, request, ticket);
  const highlight = isNew && request.status === 'requested';
  return (
    <li className={`escort escort--${request.status}${highlight ? ' escort--new' : ''}`}>
      <div className={`escort__reason escort__reason--${request.kind}`}>
        <ReasonIcon reason={request.reason} />
      </div>
      <div className="escort__body">
        <p className="escort__tags">
          <span className={`kind-badge kind-badge--${request.kind}`}>{t(`guide.kind.${request.kind}`)}</span>
          <span className="escort__reason-text">{t(`guide.reason.${request.reason}`)}</span>
          {request.priorityNeed === null ? null : <PriorityBadge need={request.priorityNeed} />}
          {highlight ? <span className="new-badge">{t('guide.new')}</span> : null}
        </p>
        {ticket ? (
          <p className="escort__ticket">
            <span className="escort__number">{displayTicketNumber(ticket.number)}</span>
            {department ? (
              <span className="escort__where">
                <span className="escort__department">{departmentNames(department, language).primary}</span>
                <span className="escort__location">
                  <PinIcon />
                  {department.floor} · {departmentLocation(department, language)}
                </span>
              </span>
            ) : null}
          </p>
        ) : (
          <p className="escort__ticket escort__ticket--none">{t('guide.noTicket')}</p>
        )}
        <p className="escort__meta">
          <span
            className={
              request.language === 'ko' ? 'escort__language' : 'escort__language escort__language--foreign'
            }
          >
            <LanguageIcon />
            {t('guide.visitorLanguage', { language: t(`guide.languages.${request.language}`) })}
          </span>
          <span>{t('guide.requestedAt', { time: formatTimeOfDay(request.requestedAt, language) })}</span>
          {request.acceptedAt === null ? null : (
            <>
              <span className="escort__guide">
                {t('guide.acceptedBy', { name: guide?.name ?? t('guide.someone') })}
              </span>
              <span className="escort__recorded">
                {t('guide.acceptWait', {
                  duration: formatDuration(request.acceptedAt - request.requestedAt),
                })}
              </span>
            </>
          )}
        </p>
      </div>
      <EscortClock request={request} now={now} />
      <div className="escort__actions">
        {readOnly ? null : request.status === 'requested' ? (
          <button
            type="button"
            className="button button--primary button--large"
            disabled={busy}
            onClick={() => {
              onAccept(request.id);
            }}
          >
            <span className="visually-hidden">{label} </span>
            {t('guide.accept')}
          </button>
        ) : (
          <button
            type="button"
            className="button button--secondary button--large"
            disabled={busy}
            onClick={() => {
              onDeliver(request.id);
            }}
          >
            <span className="visually-hidden">{label} </span>
            {t('guide.deliver')}
          </button>
        )}
      </div>
    </li>
  );
}
