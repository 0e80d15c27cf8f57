import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RetentionSettings } from '../../shared/contract/reports';
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from '../../shared/retention/visit-retention';
import { errorCodeOf, read, type ApiErrorCode } from '../api/http-client';
import { CommandOutcome } from './CommandOutcome';
import { FormField } from './FormField';
import { useManagerCommand } from './use-manager-command';

/** How long visit details are kept before the hub's daily purge; the daily summaries stay. */
export function RetentionSetup() {
  const { t } = useTranslation();
  const id = useId();
  const [settings, setSettings] = useState<RetentionSettings | null>(null);
  const [days, setDays] = useState('');
  const [loadError, setLoadError] = useState<ApiErrorCode | null>(null);
  const command = useManagerCommand();
  const reload = () =>
    read('retentionSettings')
      .then((loaded) => {
        setSettings(loaded);
        setDays(String(loaded.days));
      })
      .catch((caught: unknown) => {
        setLoadError(errorCodeOf(caught));
      });
  useEffect(() => {
    void reload();
  }, []);

  return (
    <section className="panel manager-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="panel__title">
        {t('manager.retention.title')}
      </h2>
      <p className="manager-section__lead">{t('manager.retention.lead')}</p>
      <form
        className="manager-form"
        onSubmit={(event) => {
          event.preventDefault();
          void command.run('setRetentionDays', { days: Number(days) }).then(async (saved) => {
            if (saved) await reload();
          });
        }}
      >
        <FormField
          id={`${id}-days`}
          label={t('manager.retention.days')}
          hint={t('manager.retention.daysHint', { min: MIN_RETENTION_DAYS })}
        >
          <input
            id={`${id}-days`}
            type="number"
            inputMode="numeric"
            min={MIN_RETENTION_DAYS}
            max={MAX_RETENTION_DAYS}
            step={1}
            required
            value={days}
            aria-describedby={`${id}-days-hint`}
            onChange={(event) => {
              setDays(event.target.value);
            }}
          />
        </FormField>
        {settings === null ? (
          <p className="manager-empty">{t('app.loading')}</p>
        ) : (
          <p className="manager-section__lead">
            {t('manager.retention.keepsFrom', { day: settings.keepsFrom })}
            {settings.purgedThrough === null
              ? null
              : ` ${t('manager.retention.purgedThrough', { day: settings.purgedThrough })}`}
          </p>
        )}
        <div className="manager-form__actions">
          <button type="submit" className="button button--primary" disabled={command.pending}>
            {t('manager.retention.save')}
          </button>
        </div>
      </form>
      <CommandOutcome
        done={command.done}
        doneText={t('manager.setup.saved')}
        error={command.error ?? loadError}
      />
    </section>
  );
}
