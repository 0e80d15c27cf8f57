import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../shared/contract/views';
import { displayTicketNumber } from '../../shared/numbering/ticket-number';
import { useDeskStore } from '../stores/desk-store';
import { AlertIcon, CheckIcon, RepeatIcon } from '../ui/icons';
import { compensationText } from './compensation-text';
import { businessDayParts } from './format-day';
import { RepeatJudgementForm } from './RepeatJudgementForm';
import { useDeskDirectory } from './use-desk-directory';

type RepeatVisitPanelProps = {
  ticket: Ticket;
  /** Without a sign-in at this desk the verdict cannot be given, only read. */
  readOnly: boolean;
};

/**
 * A visitor back for the same matter: the earlier visit (date, department, desk), then either
 * the form for the desk's verdict or the verdict with any compensation it created.
 */
export function RepeatVisitPanel({ ticket, readOnly }: RepeatVisitPanelProps) {
  const { t, i18n } = useTranslation();
  const directory = useDeskDirectory();
  const earlier = useDeskStore((s) =>
    ticket.repeatOfTicketId === null ? undefined : s.earlierVisits[ticket.repeatOfTicketId],
  );
  const compensation = useDeskStore((s) => s.compensations.find((c) => c.ticketId === ticket.id));
  const judgement = ticket.repeatJudgement;
  const linked = ticket.repeatOfTicketId !== null;

  return (
    <div className={judgement?.staffError ? 'repeat repeat--staff-error' : 'repeat'}>
      <p className="repeat__title">
        <RepeatIcon />
        {linked ? t('deskWork.repeat.heading') : t('deskWork.repeat.linkHeading')}
      </p>
      {earlier ? (
        <p className="repeat__earlier">
          {t('deskWork.repeat.earlier', {
            date: t('deskWork.repeat.day', businessDayParts(earlier.businessDay, i18n.language)),
            number: displayTicketNumber(earlier.number),
            department: directory.departmentName(earlier.departmentId),
          })}
          {earlier.deskId === null
            ? null
            : ` · ${t('deskWork.repeat.earlierDesk', { desk: directory.deskName(earlier.deskId) })}`}
        </p>
      ) : linked ? (
        <p className="repeat__earlier">{t('deskWork.repeat.earlierLoading')}</p>
      ) : null}
      {judgement ? (
        <div className="repeat__verdict">
          <p className="repeat__verdict-line">
            {judgement.staffError ? <AlertIcon /> : <CheckIcon />}
            <strong>
              {judgement.staffError ? t('deskWork.repeat.staffError') : t('deskWork.repeat.notStaffError')}
            </strong>
            <span>{t('deskWork.repeat.because', { reason: judgement.reason })}</span>
          </p>
          {compensation ? (
            <p className="repeat__compensation">{compensationText(t, compensation, i18n.language)}</p>
          ) : null}
          {ticket.servedFirst && ticket.status === 'issued' ? (
            <p className="repeat__first">{t('deskWork.repeat.servedFirst')}</p>
          ) : null}
        </div>
      ) : readOnly ? null : (
        <RepeatJudgementForm ticket={ticket} askForCode={!linked} />
      )}
    </div>
  );
}
