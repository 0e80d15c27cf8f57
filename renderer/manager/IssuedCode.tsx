import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCountdown } from '../devices/countdown';
import { pairAddress } from '../devices/pair-address';
import { useHubNow } from '../hooks/use-hub-now';
import { useDevicesStore, type IssuedCode as Issued } from '../stores/devices-store';
import { useOfficeStore } from '../stores/office-store';
import { AlertIcon, CheckIcon, ClockIcon } from '../ui/icons';

/** One array for "none yet", so the store selector returns the same value on every render. */
const NO_ADDRESSES: readonly string[] = [];

/** The code just handed out, large enough to read across a desk, until it is used or lapses. */
export function IssuedCode({ issued }: { issued: Issued }) {
  const { t } = useTranslation();
  const id = useId();
  const dismiss = useDevicesStore((s) => s.dismiss);
  const offset = useOfficeStore((s) => s.offset);
  const now = useHubNow(offset, 500);
  const { pairing, code, paired, withdrawn } = issued;
  const msLeft = pairing.expiresAt - now;
  const open = paired === null && !withdrawn && msLeft > 0;
  const hubAddresses = useDevicesStore((s) => s.list?.hubAddresses ?? NO_ADDRESSES);
  const address = pairAddress(window.location, hubAddresses);

  return (
    <section
      className={`panel manager-section device-code${open ? '' : ' device-code--closed'}`}
      aria-labelledby={`${id}-title`}
    >
      <div className="device-code__head">
        <h2 id={`${id}-title`} className="panel__title">
          {t('manager.devices.codeLabel')}
        </h2>
        <p className="device-code__for">
          <span className={`role-badge device-badge--${pairing.role}`}>
            {t(`manager.devices.roles.${pairing.role}`)}
          </span>
          <strong>{pairing.name}</strong>
        </p>
      </div>

      {paired !== null ? (
        <div className="device-code__outcome device-code__outcome--ok" role="status">
          <CheckIcon className="device-code__outcome-icon" />
          <div>
            <p className="device-code__outcome-title">{t('manager.devices.paired', { name: paired.name })}</p>
            <p>{t('manager.devices.pairedLead')}</p>
          </div>
        </div>
      ) : (
        <>
          <div className="device-code__body">
            <output className="device-code__digits" aria-label={t('manager.devices.codeLabel')}>
              {code}
            </output>
            <p className={`device-code__timer${open ? '' : ' device-code__timer--over'}`}>
              <ClockIcon />
              {t('manager.devices.left', { time: formatCountdown(msLeft) })}
            </p>
          </div>
          {open ? (
            <>
              <ol className="device-code__steps">
                <li>
                  {address.url === null
                    ? t('manager.devices.stepOpenHubPc', { port: address.port })
                    : t('manager.devices.stepOpen', { url: address.url })}
                </li>
                <li>{t('manager.devices.stepType')}</li>
              </ol>
              <p className="device-code__waiting" role="status">
                <span className="spinner" aria-hidden="true" />
                {t('manager.devices.waiting')}
              </p>
              <p className="field__hint">{t('manager.devices.once')}</p>
            </>
          ) : (
            <p className="notice notice--error" role="alert">
              <AlertIcon />
              {withdrawn ? t('manager.devices.withdrawn') : t('manager.devices.expired')}
            </p>
          )}
        </>
      )}
      <div className="manager-form__actions">
        <button type="button" className="button button--quiet" onClick={dismiss}>
          {t('manager.devices.dismiss')}
        </button>
      </div>
    </section>
  );
}
