import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePairingStore } from '../stores/pairing-store';

/** Where the code comes from, for the clerk setting the PC up, and what the hub knows of this PC. */
export function PairingHelp() {
  const { t } = useTranslation();
  const current = usePairingStore((s) => s.current);
  return (
    <section className="panel pairing-help" aria-labelledby="pairing-help-title">
      <h2 id="pairing-help-title" className="panel__title">
        {t('pairing.whereTitle')}
      </h2>
      <ol className="pairing-help__steps">
        <li>{t('pairing.where1')}</li>
        <li>{t('pairing.where2')}</li>
        <li>{t('pairing.where3')}</li>
      </ol>
      {current?.local ? (
        <p className="pairing-help__note">
          {t('pairing.local')} <Link to="/">{t('pairing.goHome')}</Link>
        </p>
      ) : current?.device ? (
        <p className="pairing-help__note">
          {t('pairing.already', {
            name: current.device.name,
            role: t(`manager.devices.roles.${current.device.role}`),
          })}
        </p>
      ) : null}
    </section>
  );
}
