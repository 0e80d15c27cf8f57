import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportSettings } from '../../shared/contract/queries';
import { errorCodeOf, read, sendCommand, type ApiErrorCode } from '../api/http-client';
import { errorMessage } from '../i18n/errors';

type Option = { key: 'staffFigures' | 'approvalBoxes'; command: 'setStaffFigures' | 'setApprovalBoxes' };

const options: Option[] = [
  { key: 'staffFigures', command: 'setStaffFigures' },
  { key: 'approvalBoxes', command: 'setApprovalBoxes' },
];

/** What the office's reports show: figures per staff member, and the PDF's 결재란. Both off at first. */
export function ReportSettings() {
  const { t } = useTranslation();
  const [settings, setSettings] = useState<ExportSettings | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiErrorCode | null>(null);
  useEffect(() => {
    let current = true;
    read('exportSettings')
      .then((loaded) => {
        if (current) setSettings(loaded);
      })
      .catch((caught: unknown) => {
        if (current) setError(errorCodeOf(caught));
      });
    return () => {
      current = false;
    };
  }, []);
  return (
    <section className="panel manager-section" aria-labelledby="month-report-settings">
      <h2 id="month-report-settings" className="panel__title">
        {t('month.settings.title')}
      </h2>
      {options.map(({ key, command }) => (
        <label key={key} className="manager-check">
          <input
            type="checkbox"
            checked={settings?.[key] ?? false}
            disabled={pending || settings === null}
            onChange={(event) => {
              const next = event.target.checked;
              // The box shows the manager's tap at once and goes back, with the reason, only if
              // the hub refuses it; waiting for the answer made a tap look ignored.
              const show = (include: boolean) => {
                setSettings((s) => (s === null ? s : { ...s, [key]: include }));
              };
              show(next);
              setPending(true);
              setError(null);
              sendCommand(command, { include: next })
                .then((result) => {
                  show(result.include);
                })
                .catch((caught: unknown) => {
                  show(!next);
                  setError(errorCodeOf(caught));
                })
                .finally(() => {
                  setPending(false);
                });
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
