import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deviceRoles, type DeviceRole } from '../../shared/contract/devices';
import { errorMessage } from '../i18n/errors';
import { useDevicesStore } from '../stores/devices-store';

/** The role and name of the PC to pair; pressing the button asks the hub for its code. */
export function NewDeviceForm() {
  const { t } = useTranslation();
  const id = useId();
  const start = useDevicesStore((s) => s.start);
  const starting = useDevicesStore((s) => s.starting);
  const error = useDevicesStore((s) => s.startError);
  const [role, setRole] = useState<DeviceRole>('kiosk');
  const [name, setName] = useState('');

  return (
    <form
      className="manager-form"
      onSubmit={(event) => {
        event.preventDefault();
        void start(role, name.trim());
      }}
    >
      <fieldset className="manager-choice device-roles">
        <legend>{t('manager.devices.role')}</legend>
        {deviceRoles.map((r) => (
          <label key={r} className="manager-choice__option">
            <input
              type="radio"
              name={`${id}-role`}
              value={r}
              checked={role === r}
              onChange={() => {
                setRole(r);
              }}
            />
            <span>
              <strong>{t(`manager.devices.roles.${r}`)}</strong>
              <span className="manager-choice__hint">{t(`manager.devices.roleHints.${r}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="field field--compact">
        <label htmlFor={`${id}-name`}>{t('manager.devices.name')}</label>
        <input
          id={`${id}-name`}
          className="field__input"
          value={name}
          maxLength={40}
          required
          placeholder={t('manager.devices.namePlaceholder')}
          aria-describedby={`${id}-name-hint`}
          onChange={(event) => {
            setName(event.target.value);
          }}
        />
        <span id={`${id}-name-hint`} className="field__hint">
          {t('manager.devices.nameHint')}
        </span>
      </div>
      <div className="manager-form__actions">
        <button type="submit" className="button button--primary button--large" disabled={starting}>
          {starting ? t('manager.devices.starting') : t('manager.devices.start')}
        </button>
      </div>
      {error === null ? null : (
        <p className="notice notice--error" role="alert">
          {errorMessage(t, error)}
        </p>
      )}
    </form>
  );
}
