import { useTranslation } from 'react-i18next';
import type { Pairing } from '../../shared/contract/devices';
import { formatCountdown } from '../devices/countdown';

/** Codes handed out and not yet typed; their digits stay on the screen that asked for them. */
export function OpenCodes({ pairings, now }: { pairings: Pairing[]; now: number }) {
  const { t } = useTranslation();
  return (
    <ul className="manager-list device-open">
      {pairings.map((pairing) => (
        <li key={pairing.id} className="manager-list__item">
          <span className="device-open__who">
            <span className={`role-badge device-badge--${pairing.role}`}>
              {t(`manager.devices.roles.${pairing.role}`)}
            </span>
            {pairing.name}
          </span>
          <span className="num">
            {t('manager.devices.left', { time: formatCountdown(pairing.expiresAt - now) })}
          </span>
        </li>
      ))}
    </ul>
  );
}
