import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/errors';
import { useExportSettings } from './use-export-settings';

const options = ['staffFigures', 'approvalBoxes'] as const;

/** What the office's reports show: figures per staff member, and the PDF's 결재란. Both off at first. */
export function ReportSettings() {
  const { t } = useTranslation();
  const { settings, pending, error, change } = useExportSettings();
  return (
    <section className="panel manager-section" aria-labelledby="month-report-settings">
      <h2 id="month-report-settings" className="panel__title">
        {t('month.settings.title')}
      </h2>
      {options.map((key) => (
        <label key={key} className="manager-check">
          <input
            type="checkbox"
            checked={settings?.[key] ?? false}
            disabled={pending || settings === null}
            onChange={(event) => {
              change(key, event.target.checked);
            }}
          />
          <span>
            <strong>{t(`month.settings.${key}`)}</strong>
            <span className="manager-choice__hint">{t(`month.settings.${key}Hint`)}</span>
          </span>
        </label>
      ))}
      {error === null ? null : (
        <p className="notice notice--error" role="alert">
          {errorMessage(t, error)}
        </p>
      )}
    </section>
  );
}
