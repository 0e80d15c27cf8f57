import { useTranslation } from 'react-i18next';
import type { LedgerEntry } from '../../shared/contract/views';
import { displayTicketNumber } from '../../shared/numbering/ticket-number';
import { businessDay } from '../../shared/time/business-day';
import { formatTimeOfDay } from '../time/hub-time';
import { NO_FIGURE, wonText } from './figure-text';
import { LedgerActions } from './LedgerActions';

/** One compensation: the visit it is owed for, the earlier visit, and where the decision stands. */
export function LedgerRow({ entry }: { entry: LedgerEntry }) {
  const { t, i18n } = useTranslation();
  const at = (ms: number) => `${businessDay(ms)} ${formatTimeOfDay(ms, i18n.language)}`;
  const name = (n: string | null) => n ?? t('month.ledger.unknownStaff');
  return (
    <tr>
      <th scope="row">{displayTicketNumber(entry.ticketNumber)}</th>
      <td>{entry.businessDay}</td>
      <td>{entry.departmentKo}</td>
      <td>
        {displayTicketNumber(entry.earlierTicketNumber)}
        <span className="manager-table__sub">{entry.earlierBusinessDay}</span>
      </td>
      <td>
        {t(`manager.charter.kinds.${entry.kind}`)}
        <span className="manager-table__sub">{entry.reason}</span>
      </td>
      <td className="num">
        {entry.amountWon === null ? NO_FIGURE : wonText(entry.amountWon, i18n.language)}
      </td>
      <td>
        <span className={`ledger-status ledger-status--${entry.status}`}>
          {t(`manager.ledger.statuses.${entry.status}`)}
        </span>
        {entry.paymentReference === null && entry.decisionNote === null ? null : (
          <span className="manager-table__sub">{entry.paymentReference ?? entry.decisionNote}</span>
        )}
        {entry.decidedAt === null ? null : (
          <span className="manager-table__sub">
            {t(entry.status === 'rejected' ? 'month.ledger.rejectedBy' : 'month.ledger.approvedBy', {
              name: name(entry.decidedByName),
              at: at(entry.decidedAt),
            })}
          </span>
        )}
        {entry.paidAt === null ? null : (
          <span className="manager-table__sub">
            {t('month.ledger.paidBy', { name: name(entry.paidByName), at: at(entry.paidAt) })}
          </span>
        )}
      </td>
      <td className="print-hide">
        <LedgerActions entry={entry} />
      </td>
    </tr>
  );
}
