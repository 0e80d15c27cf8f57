import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/errors';
import { useExportSettings } from './use-export-settings';

/** Whether exports name the staff who served: off unless the office turns it on. */
export function StaffNamesSetting() {
  const { t } = useTranslation();
  const { settings, pending, error, change } = useExportSettings();
  return (
    <section className="panel manager-section" aria-labelledby="manager-staff-names">
      <h2 id="manager-staff-names" className="panel__title">
        {t('manager.export.privacyTitle')}
      </h2>
      <label className="manager-check">
        <input
          type="checkbox"
          checked={settings?.includeStaffNames ?? false}
          disabled={pending || settings === null}
          onChange={(event) => {
            change('includeStaffNames', event.target.checked);
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
