import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandInput } from '../../shared/contract/commands';
import { staffRoles, type Office } from '../../shared/contract/views';
import { departmentNames } from '../i18n/localized';
import { useManagerStaffStore } from '../stores/manager-staff-store';
import { ChoiceField } from './ChoiceField';
import { EditorFrame } from './EditorFrame';
import { FormField } from './FormField';
import { useManagerCommand } from './use-manager-command';

export type StaffDraft = CommandInput<'defineStaff'>;

type StaffEditorProps = { office: Office; initial: StaffDraft; onClose: () => void };

/**
 * A staff member's name, sign-in id and role; a new one also gets a first PIN. Desk staff work at
 * their department's desks, and at other departments' only when the manager ticks it.
 */
export function StaffEditor({ office, initial, onClose }: StaffEditorProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [saved, setSaved] = useState(initial);
  const command = useManagerCommand();
  const upsert = useManagerStaffStore((s) => s.upsert);
  const [departmentMissing, setDepartmentMissing] = useState(false);

  return (
    <EditorFrame
      title={
        saved.id === undefined
          ? t('manager.people.newTitle')
          : t('manager.people.editTitle', { name: saved.name })
      }
      saveLabel={t('manager.people.save')}
      closeLabel={t('manager.people.cancel')}
      command={command}
      onClose={onClose}
      onSave={() => {
        if (
          draft.role === 'desk' &&
          (draft.departmentId ?? null) === null &&
          draft.otherDepartments !== true
        ) {
          setDepartmentMissing(true);
          return;
        }
        void command.run('defineStaff', draft).then((result) => {
          if (result === null) return;
          upsert(result.staff);
          // Saved once, the PIN is the person's own: later saves keep it.
          setDraft(result.staff);
          setSaved(result.staff);
        });
      }}
    >
      <div className="manager-editor__row">
        <FormField id={`${id}-name`} label={t('manager.people.name')}>
          <input
            id={`${id}-name`}
            className="field__input"
            value={draft.name}
            maxLength={60}
            required
            onChange={(event) => {
              setDraft({ ...draft, name: event.target.value });
            }}
          />
        </FormField>
        <FormField id={`${id}-login`} label={t('manager.people.login')} hint={t('manager.people.loginHint')}>
          <input
            id={`${id}-login`}
            className="field__input"
            aria-describedby={`${id}-login-hint`}
            value={draft.login}
            pattern="[a-z0-9._\-]{3,32}"
            autoCapitalize="none"
            autoComplete="off"
            spellCheck={false}
            required
            onChange={(event) => {
              setDraft({ ...draft, login: event.target.value.toLowerCase() });
            }}
          />
        </FormField>
        {draft.id === undefined ? (
          <FormField id={`${id}-pin`} label={t('manager.people.pin')} hint={t('manager.people.pinHint')}>
            <input
              id={`${id}-pin`}
              className="field__input"
              aria-describedby={`${id}-pin-hint`}
              type="password"
              inputMode="numeric"
              autoComplete="new-password"
              pattern="\d{4,8}"
              value={draft.pin ?? ''}
              required
              onChange={(event) => {
                setDraft({ ...draft, pin: event.target.value });
              }}
            />
          </FormField>
        ) : (
          <p className="field__hint manager-editor__note">{t('manager.people.pinKept')}</p>
        )}
      </div>
      <ChoiceField
        legend={t('manager.people.role')}
        choices={staffRoles.map((role) => ({
          value: role,
          label: t(`manager.staff.roles.${role}`),
          hint: t(`manager.people.roleHints.${role}`),
        }))}
        value={draft.role}
        onChange={(role) => {
          setDraft({ ...draft, role });
        }}
      />
      {draft.role === 'desk' ? (
        <fieldset className="manager-choice staff-desks">
          <legend>{t('staffDesks.legend')}</legend>
          <FormField
            id={`${id}-department`}
            label={t('staffDesks.department')}
            hint={t('staffDesks.departmentHint')}
          >
            <select
              id={`${id}-department`}
              className="field__input field__select"
              aria-describedby={`${id}-department-hint`}
              aria-invalid={departmentMissing || undefined}
              value={draft.departmentId ?? ''}
              onChange={(event) => {
                setDepartmentMissing(false);
                setDraft({ ...draft, departmentId: event.target.value ? Number(event.target.value) : null });
              }}
            >
              <option value="">{t('staffDesks.choose')}</option>
              {office.departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.prefix} · {departmentNames(d, i18n.language).primary}
                </option>
              ))}
            </select>
          </FormField>
          <label className="manager-check">
            <input
              type="checkbox"
              checked={draft.otherDepartments === true}
              onChange={(event) => {
                setDepartmentMissing(false);
                setDraft({ ...draft, otherDepartments: event.target.checked });
              }}
            />
            <span>
              <strong>{t('staffDesks.others')}</strong>
              <span className="manager-choice__hint">{t('staffDesks.othersHint')}</span>
            </span>
          </label>
          {departmentMissing ? (
            <p className="notice notice--error" role="alert">
              {t('staffDesks.missing')}
            </p>
          ) : null}
        </fieldset>
      ) : null}
    </EditorFrame>
  );
}
