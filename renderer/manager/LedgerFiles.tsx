import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ledgerFileName, ledgerFormats, type LedgerFormat } from '../../shared/contract/reports';
import { errorCodeOf, fetchLedger, type ApiErrorCode } from '../api/http-client';
import { errorMessage } from '../i18n/errors';
import { saveFile } from './save-file';

/** The month's ledger as a file for the accounts office, or on paper for the 결재 file. */
export function LedgerFiles({ month }: { month: string }) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<LedgerFormat | null>(null);
  const [error, setError] = useState<ApiErrorCode | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  async function download(format: LedgerFormat) {
    setPending(format);
    setError(null);
    setSaved(null);
    try {
      const name = ledgerFileName(month, format);
      saveFile(await fetchLedger(month, format), name);
      setSaved(name);
    } catch (caught) {
      setError(errorCodeOf(caught));
    } finally {
      setPending(null);
    }
  }

  return (
    <div className="ledger-files print-hide">
      <div className="ledger-files__buttons" role="group" aria-label={t('month.ledger.download')}>
        {ledgerFormats.map((format) => (
          <button
            key={format}
            type="button"
            className="button button--secondary"
            disabled={pending !== null}
            onClick={() => void download(format)}
          >
            {t(`month.ledger.${format}`)}
          </button>
        ))}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            window.print();
          }}
        >
          {t('month.ledger.print')}
        </button>
      </div>
      <div role="status" className="manager-status">
        {saved === null ? null : (
          <p className="notice notice--ok">{t('month.ledger.saved', { name: saved })}</p>
        )}
      </div>
      {error === null ? null : (
        <p className="notice notice--error" role="alert">
          {errorMessage(t, error)}
        </p>
      )}
    </div>
  );
}
