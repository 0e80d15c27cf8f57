import '../styles/devices.css';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useHubNow } from '../hooks/use-hub-now';
import { useHubStream } from '../hooks/use-hub-stream';
import { errorMessage } from '../i18n/errors';
import { livePairings } from '../stores/device-list';
import { useDevicesStore } from '../stores/devices-store';
import { useOfficeStore } from '../stores/office-store';
import { DeviceTable } from './DeviceTable';
import { IssuedCode } from './IssuedCode';
import { NewDeviceForm } from './NewDeviceForm';
import { OpenCodes } from './OpenCodes';

/** Pairing the office's other PCs with the hub, and cutting them off again. */
export function DevicesPanel() {
  const { t } = useTranslation();
  const list = useDevicesStore((s) => s.list);
  const loadError = useDevicesStore((s) => s.loadError);
  const issued = useDevicesStore((s) => s.issued);
  const load = useDevicesStore((s) => s.load);
  const onEvent = useDevicesStore((s) => s.onEvent);
  const snapshotSeq = useOfficeStore((s) => s.snapshotSeq);
  const offset = useOfficeStore((s) => s.offset);
  const now = useHubNow(offset, 1000);
  useHubStream(snapshotSeq, onEvent);
  useEffect(() => {
    void load();
  }, [load]);
  const open = livePairings(list?.pairings ?? [], now);

  return (
    <div className="manager-devices">
      <div className="page-heading">
        <h1>{t('manager.devices.title')}</h1>
        <p className="page-heading__lead">{t('manager.devices.lead')}</p>
      </div>
      <div className="manager-devices__top">
        <section className="panel manager-section" aria-labelledby="manager-devices-new">
          <h2 id="manager-devices-new" className="panel__title">
            {t('manager.devices.newTitle')}
          </h2>
          <p className="manager-section__lead">{t('manager.devices.newLead')}</p>
          <NewDeviceForm />
        </section>
        {issued === null ? null : <IssuedCode key={issued.pairing.id} issued={issued} />}
      </div>
      <section className="panel manager-section" aria-labelledby="manager-devices-list">
        <div className="manager-section__head">
          <h2 id="manager-devices-list" className="panel__title">
            {t('manager.devices.listTitle')}
          </h2>
          {list === null ? null : (
            <span className="manager-section__count">
              {t('manager.devices.count', {
                count: list.devices.filter((d) => d.revokedAt === null).length,
              })}
            </span>
          )}
        </div>
        {loadError !== null ? (
          <p className="notice notice--error" role="alert">
            {errorMessage(t, loadError)}
          </p>
        ) : list === null ? (
          <p className="manager-empty">{t('app.loading')}</p>
        ) : list.devices.length === 0 ? (
          <p className="manager-empty">{t('manager.devices.none')}</p>
        ) : (
          <DeviceTable devices={list.devices} />
        )}
        {open.length === 0 ? null : (
          <>
            <h3 className="manager-subtitle device-open__title">{t('manager.devices.openTitle')}</h3>
            <p className="manager-section__hint">{t('manager.devices.openLead')}</p>
            <OpenCodes pairings={open} now={now} />
          </>
        )}
      </section>
    </div>
  );
}
