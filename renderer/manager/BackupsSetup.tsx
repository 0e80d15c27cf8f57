import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCodeOf, read, callRoute, type ApiErrorCode } from '../api/http-client';
import type { BackupList } from '../../shared/contract/queries';
import { CommandOutcome } from './CommandOutcome';

function sizeText(bytes: number): string {
  return bytes >= 1_048_576
    ? `${(bytes / 1_048_576).toFixed(1)} MB`
    : `${String(Math.ceil(bytes / 1024))} KB`;
}

/** The database copies the hub keeps (daily and on demand), and a button for one now. */
export function BackupsSetup() {
  const { t } = useTranslation();
  const [list, setList] = useState<BackupList | null>(null);
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<ApiErrorCode | null>(null);
  const reload = () =>
    read('backups')
      .then(setList)
      .catch((caught: unknown) => {
        setError(errorCodeOf(caught));
      });
  useEffect(() => {
    void reload();
  }, []);

  return (
    <section className="panel manager-section" aria-labelledby="manager-backups">
      <h2 id="manager-backups" className="panel__title">
        {t('manager.backups.title')}
      </h2>
      <p className="manager-section__lead">
        {list === null ? t('app.loading') : t('manager.backups.lead', { dir: list.dir })}
      </p>
      {list === null || list.backups.length === 0 ? (
        <p className="manager-empty">{t('manager.backups.none')}</p>
      ) : (
        <ul className="manager-list">
          {list.backups.slice(0, 7).map((backup) => (
            <li key={backup.name} className="manager-list__item">
              <span>
                {backup.businessDay}
                <span className="manager-table__sub">{backup.name}</span>
              </span>
              <span className="num">{sizeText(backup.bytes)}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="manager-form__actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={pending}
          onClick={() => {
            setPending(true);
            setDone(false);
            setError(null);
            callRoute('makeBackup')
              .then(async () => {
                setDone(true);
                await reload();
              })
              .catch((caught: unknown) => {
                setError(errorCodeOf(caught));
              })
              .finally(() => {
                setPending(false);
              });
          }}
        >
          {pending ? t('manager.backups.running') : t('manager.backups.now')}
        </button>
      </div>
      <CommandOutcome done={done} doneText={t('manager.backups.done')} error={error} />
    </section>
  );
}
