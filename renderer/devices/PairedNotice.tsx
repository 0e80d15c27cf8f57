import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { PairedDevice } from '../../shared/contract/devices';
import { usePairingStore } from '../stores/pairing-store';
import { ArrowIcon, CheckIcon } from '../ui/icons';
import { screenOfRole } from './role-screen';

/** What this PC has become, and the way on to the screen it is for. */
export function PairedNotice({ device }: { device: PairedDevice['device'] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const finish = usePairingStore((s) => s.finish);
  const role = t(`manager.devices.roles.${device.role}`);
  return (
    <section className="panel pairing-done" aria-labelledby="pairing-done-title">
      <CheckIcon className="pairing-done__icon" />
      <h2 id="pairing-done-title" className="pairing-done__title">
        {t('pairing.doneTitle')}
      </h2>
      <p className="pairing-done__lead">{t('pairing.doneLead', { role })}</p>
      <dl className="pairing-done__facts">
        <div>
          <dt>{t('pairing.doneName')}</dt>
          <dd>{device.name}</dd>
        </div>
        <div>
          <dt>{t('pairing.doneRole')}</dt>
          <dd>{role}</dd>
        </div>
      </dl>
      <button
        type="button"
        className="button button--primary button--xl"
        autoFocus
        onClick={() => {
          finish();
          void navigate(screenOfRole(device.role));
        }}
      >
        {t(`pairing.continue.${device.role}`)}
        <ArrowIcon />
      </button>
    </section>
  );
}
