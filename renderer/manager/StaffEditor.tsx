import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandInput } from '../../shared/contract/commands';
import { staffRoles } from '../../shared/contract/views';
import { useManagerStaffStore } from '../stores/manager-staff-store';
import { CommandOutcome } from './CommandOutcome';
import { FormField } from './FormField';
import { useManagerCommand } from './use-manager-command';

export type StaffDraft = CommandInput<'defineStaff'>;

type StaffEditorProps = { initial: StaffDraft; onClose: () => void };

/** A staff member's name, sign-in id and role; a new one also gets a first PIN. */
export function StaffEditor({ initial, onClose }: StaffEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [draft, setDraft] = useState(initial);
  const [saved, setSaved] = useState(initial);
  const command = useManagerCommand();
  const upsert = useManagerStaffStore((s) => s.upsert);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  // The heading names the version last saved, not what is being typed.
  const title =
    saved.id === undefined
      ? t('manager.people.newTitle')
      : t('manager.people.editTitle', { name: saved.name });

  return (
    <div className="manager-editor" role="group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1} className="manager-editor__title">
        {title}
      </h3>
      <form
        className="manager-form"
        onSubmit={(event) => {
          event.preventDefault();
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
          <FormField
            id={`${id}-login`}
            label={t('manager.people.login')}
            hint={t('manager.people.loginHint')}
          >
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
        <fieldset className="manager-choice">
          <legend>{t('manager.people.role')}</legend>
          {staffRoles.map((role) => (
            <label key={role} className="manager-choice__option">
              <input
                type="radio"
                name={`${id}-role`}
                value={role}
                checked={draft.role === role}
                onChange={() => {
                  setDraft({ ...draft, role });
                }}
              />
              <span>
                <strong>{t(`manager.staff.roles.${role}`)}</strong>
                <span className="manager-choice__hint">{t(`manager.people.roleHints.${role}`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="manager-form__actions">
          <button type="submit" className="button button--primary" disabled={command.pending}>
            {t('manager.people.save')}
          </button>
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('manager.people.cancel')}
          </button>
        </div>
      </form>
      <CommandOutcome done={command.done} doneText={t('manager.setup.saved')} error={command.error} />
    </div>
  );
}
