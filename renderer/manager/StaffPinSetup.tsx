import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useManagerStaffStore } from '../stores/manager-staff-store';
import { CommandOutcome } from './CommandOutcome';
import { useManagerCommand } from './use-manager-command';

/** A forgotten or leaked PIN: set a new one, which also ends that person's sessions. */
export function StaffPinSetup() {
  const { t } = useTranslation();
  const id = useId();
  const staff = useManagerStaffStore((s) => s.staff) ?? [];
  const load = useManagerStaffStore((s) => s.load);
  const [staffId, setStaffId] = useState('');
  const [pin, setPin] = useState('');
  const command = useManagerCommand();
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="panel manager-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="panel__title">
        {t('manager.staff.title')}
      </h2>
      <p className="manager-section__lead">{t('manager.staff.lead')}</p>
      <form
        className="manager-form"
        onSubmit={(event) => {
          event.preventDefault();
          void command.run('resetStaffPin', { staffId: Number(staffId), pin }).then((result) => {
            if (result !== null) setPin('');
          });
        }}
      >
        <div className="field field--compact">
          <label htmlFor={`${id}-staff`}>{t('manager.staff.person')}</label>
          <select
            id={`${id}-staff`}
            className="field__input field__select"
            value={staffId}
            required
            onChange={(event) => {
              setStaffId(event.target.value);
            }}
          >
            <option value="">{t('manager.staff.choose')}</option>
            {staff.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.login}, {t(`manager.staff.roles.${s.role}`)})
              </option>
            ))}
          </select>
        </div>
        <div className="field field--compact">
          <label htmlFor={`${id}-pin`}>{t('manager.staff.newPin')}</label>
          <input
            id={`${id}-pin`}
            className="field__input"
            type="password"
            inputMode="numeric"
            autoComplete="new-password"
            pattern="\d{4,8}"
            value={pin}
            required
            onChange={(event) => {
              setPin(event.target.value);
            }}
          />
          <span className="field__hint">{t('manager.staff.pinHint')}</span>
        </div>
        <div className="manager-form__actions">
          <button type="submit" className="button button--primary" disabled={command.pending}>
            {t('manager.staff.reset')}
          </button>
        </div>
      </form>
      <CommandOutcome done={command.done} doneText={t('manager.staff.done')} error={command.error} />
    </section>
  );
}
