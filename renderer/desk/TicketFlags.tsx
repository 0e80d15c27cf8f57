import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../shared/contract/views';
import { displayTicketNumber } from '../../shared/numbering/ticket-number';
import { useDeskStore } from '../stores/desk-store';
import { NoteIcon } from '../ui/icons';
import { PriorityBadge } from '../ui/PriorityBadge';
import { useDeskDirectory } from './use-desk-directory';

/**
 * Why this visitor is special: served first, a priority visitor (and why, so the desk can offer a
 * chair or come round the counter), or sent here from an away colleague's desk.
 */
export function TicketFlags({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const directory = useDeskDirectory();
  if (!ticket.servedFirst && !ticket.prioritized && ticket.routedFromDeskId === null) return null;
  return (
    <p className="flags">
      {ticket.prioritized ? <PriorityBadge need={ticket.priorityNeed} /> : null}
      {ticket.servedFirst ? (
        <span className="flag flag--first">{t('deskWork.flags.servedFirst')}</span>
      ) : null}
      {ticket.routedFromDeskId === null ? null : (
        <span className="flag flag--routed">
          {t('deskWork.flags.routed', { desk: directory.deskName(ticket.routedFromDeskId) })}
        </span>
      )}
    </p>
  );
}

/**
 * Where a transferred visitor comes from (department, desk, their earlier number) and what they
 * already told that desk, so they need not say it again.
 */
export function TransferNote({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const directory = useDeskDirectory();
  const origin = useDeskStore((s) =>
    ticket.transferredFromTicketId === null ? undefined : s.earlierVisits[ticket.transferredFromTicketId],
  );
  if (ticket.transferredFromTicketId === null) return null;
  return (
    <div className="transfer-note">
      <p className="transfer-note__label">
        <NoteIcon />
        {origin === undefined
          ? t('deskTransfer.fromLoading')
          : origin.deskId === null
            ? t('deskTransfer.fromDepartment', {
                department: directory.departmentName(origin.departmentId),
                number: displayTicketNumber(origin.number),
              })
            : t('deskTransfer.fromDesk', {
                desk: directory.deskName(origin.deskId),
                number: displayTicketNumber(origin.number),
              })}
      </p>
      {ticket.note ? (
        <p className="transfer-note__text">
          <span className="transfer-note__note-label">{t('deskWork.flags.transferNote')}</span>
          {ticket.note}
        </p>
      ) : null}
    </div>
  );
}
