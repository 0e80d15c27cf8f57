import '../styles/devices.css';
import { useTranslation } from 'react-i18next';
import { useFirstRunStore } from '../stores/first-run-store';
import { FirstManagerForm } from './FirstManagerForm';

/** A new office's first screen: its first manager, created on the hub's PC, and what comes next. */
export function FirstRun() {
  const { t } = useTranslation();
  const onHubPc = useFirstRunStore((s) => s.onHubPc);
  const error = useFirstRunStore((s) => s.error);
  const elsewhere = onHubPc === false || error === 'local_only';
  return (
    <div className="first-run">
      <div className="page-heading">
        <h1>{t('manager.firstRun.heading')}</h1>
        <p className="page-heading__lead">{t('manager.firstRun.headingLead')}</p>
      </div>
      <div className="first-run__layout">
        {elsewhere ? (
          <section className="panel first-run__panel" aria-labelledby="first-run-hub-pc">
            <h2 id="first-run-hub-pc" className="panel__title">
              {t('manager.firstRun.hubPcTitle')}
            </h2>
            <p className="first-run__lead">
              {t('manager.firstRun.hubPcLead', { port: window.location.port || '80' })}
            </p>
          </section>
        ) : (
          <FirstManagerForm />
        )}
        <aside className="panel first-run__steps" aria-labelledby="first-run-steps">
          <h2 id="first-run-steps" className="panel__title">
            {t('manager.firstRun.nextTitle')}
          </h2>
          <ol className="pairing-help__steps">
            <li>{t('manager.firstRun.next1')}</li>
            <li>{t('manager.firstRun.next2')}</li>
            <li>{t('manager.firstRun.next3')}</li>
          </ol>
        </aside>
      </div>
    </div>
  );
}
