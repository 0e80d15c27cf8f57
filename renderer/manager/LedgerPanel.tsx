import '../styles/month.css';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Office } from '../../shared/contract/views';
import { businessDay } from '../../shared/time/business-day';
import { useHubStream } from '../hooks/use-hub-stream';
import { errorMessage } from '../i18n/errors';
import { useManagerLedgerStore } from '../stores/manager-ledger-store';
import { useOfficeStore } from '../stores/office-store';
import { LoadState } from '../ui/LoadState';
import { LedgerFiles } from './LedgerFiles';
import { LedgerRow } from './LedgerRow';
import { LedgerTotals } from './LedgerTotals';

/** Compensations owed for repeat visits caused by staff error: decide, pay, and count per month. */
export function LedgerPanel({ office }: { office: Office }) {
  const { t } = useTranslation();
  const id = useId();
  const [month, setMonth] = useState(() => businessDay(office.now).slice(0, 7));
  const ledger = useManagerLedgerStore((s) => s.ledger);
  const loadError = useManagerLedgerStore((s) => s.loadError);
  const actionError = useManagerLedgerStore((s) => s.actionError);
  const load = useManagerLedgerStore((s) => s.load);
  const onEvent = useManagerLedgerStore((s) => s.onEvent);
  const snapshotSeq = useOfficeStore((s) => s.snapshotSeq);
  useHubStream(snapshotSeq, onEvent);
  useEffect(() => {
    if (/^\d{4}-\d{2}$/.test(month)) void load(month);
  }, [load, month]);

  return (
    <div className="manager-ledger">
      <div className="page-heading">
        <h1 className="print-hide">{t('manager.ledger.title')}</h1>
        <h1 className="print-only">
          {t('month.ledger.printTitle', { month })}
          {office.charter === null ? null : ` · ${office.charter.officeKo}`}
        </h1>
        <p className="page-heading__lead">
          {office.charter === null
            ? t('manager.ledger.leadNoCharter')
            : t('manager.ledger.lead', { basis: office.charter.compensationBasisKo })}
        </p>
      </div>
      <div className="ledger-toolbar print-hide">
        <div className="field field--compact manager-ledger__month">
          <label htmlFor={`${id}-month`}>{t('manager.ledger.month')}</label>
          <input
            id={`${id}-month`}
            className="field__input"
            type="month"
            value={month}
            onChange={(event) => {
              setMonth(event.target.value);
            }}
          />
        </div>
        {ledger === null ? null : <LedgerFiles month={ledger.month} />}
      </div>
      {ledger === null ? (
        <LoadState error={loadError} onRetry={() => void load(month)} />
      ) : (
        <>
          <LedgerTotals totals={ledger.totals} />
          <section className="panel manager-section" aria-label={t('manager.ledger.rows')}>
            <h2 className="panel__title">{t('manager.ledger.rows')}</h2>
            {actionError === null ? null : (
              <p className="notice notice--error" role="alert">
                {errorMessage(t, actionError)}
              </p>
            )}
            {ledger.entries.length === 0 ? (
              <p className="manager-empty">{t('manager.ledger.empty')}</p>
            ) : (
              <div className="manager-table-wrap">
                <table className="manager-table manager-table--ledger">
                  <thead>
                    <tr>
                      <th scope="col">{t('manager.ledger.ticket')}</th>
                      <th scope="col">{t('manager.ledger.day')}</th>
                      <th scope="col">{t('manager.ledger.department')}</th>
                      <th scope="col">{t('manager.ledger.earlier')}</th>
                      <th scope="col">{t('manager.ledger.kind')}</th>
                      <th scope="col" className="num">
                        {t('manager.ledger.amount')}
                      </th>
                      <th scope="col">{t('manager.ledger.status')}</th>
                      <th scope="col" className="print-hide">
                        {t('manager.ledger.actions')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {ledger.entries.map((entry) => (
                      <LedgerRow key={entry.id} entry={entry} />
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      )}
    </div>
  );
}
