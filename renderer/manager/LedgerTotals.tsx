import { useTranslation } from 'react-i18next';
import type { CompensationStatus, LedgerTotals as Totals } from '../../shared/contract/views';
import { wonText } from './figure-text';

const statuses: CompensationStatus[] = ['pending', 'approved', 'paid', 'rejected'];

export function LedgerTotals({ totals }: { totals: Totals }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="manager-tiles" aria-label={t('manager.ledger.totals')}>
      <dl className="manager-tiles__list manager-tiles__list--four">
        {statuses.map((status) => (
          <div key={status} className="manager-tile">
            <dt className="manager-tile__label">{t(`manager.ledger.statuses.${status}`)}</dt>
            <dd className="manager-tile__value">
              {t('manager.ledger.count', { count: totals[status].count })}
            </dd>
            <dd className="manager-tile__note">{wonText(totals[status].won, i18n.language)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
