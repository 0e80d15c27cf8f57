import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf, read, sendCommand, type ApiErrorCode } from '../api/http-client';
import { errorMessage } from '../i18n/errors';

/** Whether exports name the staff who served: off unless the office turns it on. */
export function StaffNamesSetting() {
  const { t } = useTranslation();
  const [include, setInclude] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiErrorCode | null>(null);
  useEffect(() => {
    let current = true;
    read('exportSettings')
      .then((settings) => {
        if (current) setInclude(settings.includeStaffNames);
      })
      .catch((caught: unknown) => {
        if (current) setError(errorCodeOf(caught));
      });
    return () => {
      current = false;
    };
  }, []);
  return (
    <section className="panel manager-section" aria-labelledby="manager-staff-names">
      <h2 id="manager-staff-names" className="panel__title">
        {t('manager.export.privacyTitle')}
      </h2>
      <label className="manager-check">
        <input
          type="checkbox"
          checked={include}
          disabled={pending}
          onChange={(event) => {
            const next = event.target.checked;
            // As in the report settings: the tap shows at once and goes back only if refused.
            setInclude(next);
            setPending(true);
            setError(null);
            sendCommand('setExportStaffNames', { include: next })
              .then((result) => {
                setInclude(result.include);
              })
              .catch((caught: unknown) => {
                setInclude(!next);
                setError(errorCodeOf(caught));
              })
              .finally(() => {
                setPending(false);
              });
          }}
        />
        <span>
          <strong>{t('manager.export.includeStaffNames')}</strong>
          <span className="manager-choice__hint">{t('manager.export.includeStaffNamesHint')}</span>
        </span>
      </label>
      {error === null ? null : (
        <p className="notice notice--error" role="alert">
          {errorMessage(t, error)}
        </p>
      )}
    </section>
  );
}
