import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Device } from '../../shared/contract/devices';
import { formatPairedAt } from '../devices/paired-at';
import { errorMessage } from '../i18n/errors';
import { useDevicesStore } from '../stores/devices-store';
import { sortDevices } from '../stores/device-list';

/** Every PC ever paired, with a two-step revoke: cutting off a kiosk by a slip would empty the lobby. */
export function DeviceTable({ devices }: { devices: Device[] }) {
  const { t, i18n } = useTranslation();
  const revoke = useDevicesStore((s) => s.revoke);
  const revokingId = useDevicesStore((s) => s.revokingId);
  const revokeError = useDevicesStore((s) => s.revokeError);
  const [confirming, setConfirming] = useState<number | null>(null);

  return (
    <>
      <div className="manager-table-wrap">
        <table className="manager-table manager-table--compact device-table">
          <thead>
            <tr>
              <th scope="col">{t('manager.devices.name')}</th>
              <th scope="col">{t('manager.devices.role')}</th>
              <th scope="col">{t('manager.devices.pairedAt')}</th>
              <th scope="col">{t('manager.devices.status')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('manager.devices.revoke')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sortDevices(devices).map((device) => (
              <Fragment key={device.id}>
                <tr className={device.revokedAt === null ? undefined : 'device-table__revoked'}>
                  <th scope="row">{device.name}</th>
                  <td>
                    <span className={`role-badge device-badge--${device.role}`}>
                      {t(`manager.devices.roles.${device.role}`)}
                    </span>
                  </td>
                  <td>{formatPairedAt(device.pairedAt, i18n.language)}</td>
                  <td>
                    {device.revokedAt === null ? (
                      <span className="device-status device-status--active">
                        {t('manager.devices.active')}
                      </span>
                    ) : (
                      <span className="device-status">
                        {t('manager.devices.revokedAt', {
                          time: formatPairedAt(device.revokedAt, i18n.language),
                        })}
                      </span>
                    )}
                  </td>
                  <td className="manager-table__action">
                    {device.revokedAt !== null ? null : (
                      <button
                        type="button"
                        className="button button--quiet button--small"
                        aria-label={t('manager.devices.revokeLabel', { name: device.name })}
                        aria-expanded={confirming === device.id}
                        onClick={() => {
                          setConfirming(confirming === device.id ? null : device.id);
                        }}
                      >
                        {t('manager.devices.revoke')}
                      </button>
                    )}
                  </td>
                </tr>
                {confirming === device.id && device.revokedAt === null ? (
                  <tr className="device-confirm">
                    <td colSpan={5}>
                      <div
                        className="device-confirm__box"
                        role="group"
                        aria-label={t('manager.devices.revoke')}
                      >
                        <p className="device-confirm__text">
                          {t('manager.devices.confirm', { name: device.name })}
                        </p>
                        <div className="device-confirm__actions">
                          <button
                            type="button"
                            className="button button--danger button--small"
                            disabled={revokingId === device.id}
                            onClick={() => {
                              void revoke(device.id).then((done) => {
                                if (done) setConfirming(null);
                              });
                            }}
                          >
                            {revokingId === device.id
                              ? t('manager.devices.revoking')
                              : t('manager.devices.confirmYes')}
                          </button>
                          <button
                            type="button"
                            className="button button--quiet button--small"
                            onClick={() => {
                              setConfirming(null);
                            }}
                          >
                            {t('manager.devices.cancel')}
                          </button>
                        </div>
                      </div>
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      {revokeError === null ? null : (
        <p className="notice notice--error" role="alert">
          {errorMessage(t, revokeError)}
        </p>
      )}
    </>
  );
}
