import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandInput } from '../../shared/contract/commands';
import { staffRoles } from '../../shared/contract/views';
import { useManagerStaffStore } from '../stores/manager-staff-store';
import { ChoiceField } from './ChoiceField';
import { EditorFrame } from './EditorFrame';
import { FormField } from './FormField';
import { useManagerCommand } from './use-manager-command';

export type StaffDraft = CommandInput<'defineStaff'>;

type StaffEditorProps = { initial: StaffDraft; onClose: () => void };

/** A staff member's name, sign-in id and role; a new one also gets a first PIN. */
export function StaffEditor({ initial, onClose }: StaffEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [saved, setSaved] = useState(initial);
  const command = useManagerCommand();
  const upsert = useManagerStaffStore((s) => s.upsert);

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
    </EditorFrame>
  );
}
