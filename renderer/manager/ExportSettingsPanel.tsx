import { useTranslation } from 'react-i18next';
import type { ExportSettings } from '../../shared/contract/queries';
import { errorMessage } from '../i18n/errors';
import { useExportSettings } from './use-export-settings';

export type ExportSettingOption = { key: keyof ExportSettings; label: string; hint: string };

/** A panel of the office's export settings, each a checkbox with its hint, and why a change was refused. */
export function ExportSettingsPanel({
  id,
  title,
  options,
}: {
  id: string;
  title: string;
  options: readonly ExportSettingOption[];
}) {
  const { t } = useTranslation();
  const { settings, pending, error, change } = useExportSettings();
  return (
    <section className="panel manager-section" aria-labelledby={id}>
      <h2 id={id} className="panel__title">
        {title}
      </h2>
      {options.map(({ key, label, hint }) => (
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
            <strong>{label}</strong>
            <span className="manager-choice__hint">{hint}</span>
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
