import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../shared/contract/views';
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

/** What the visitor already told the desk that transferred them, so they need not say it again. */
export function TransferNote({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  if (ticket.transferredFromTicketId === null || !ticket.note) return null;
  return (
    <div className="transfer-note">
      <p className="transfer-note__label">
        <NoteIcon />
        {t('deskWork.flags.transferNote')}
      </p>
      <p className="transfer-note__text">{ticket.note}</p>
    </div>
  );
}
