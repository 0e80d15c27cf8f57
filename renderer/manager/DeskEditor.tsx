import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandInput } from '../../shared/contract/commands';
import { deskModes, type Office } from '../../shared/contract/views';
import { departmentNames } from '../i18n/localized';
import { CommandOutcome } from './CommandOutcome';
import { FormField } from './FormField';
import { useManagerCommand } from './use-manager-command';

export type DeskDraft = Omit<CommandInput<'defineDesk'>, 'departmentId'> & { departmentId: number | null };

type DeskEditorProps = { office: Office; initial: DeskDraft; onClose: () => void };

/** A desk's department, names and how it receives visitors. */
export function DeskEditor({ office, initial, onClose }: DeskEditorProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [draft, setDraft] = useState(initial);
  const [saved, setSaved] = useState(initial);
  const command = useManagerCommand();
  useEffect(() => {
    heading.current?.focus();
  }, []);
  // The heading names the version last saved, not what is being typed.
  const title =
    saved.id === undefined
      ? t('manager.desks.newTitle')
      : t('manager.desks.editTitle', { name: saved.nameKo });

  return (
    <div className="manager-editor" role="group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1} className="manager-editor__title">
        {title}
      </h3>
      <form
        className="manager-form"
        onSubmit={(event) => {
          event.preventDefault();
          const { departmentId, ...fields } = draft;
          if (departmentId === null) return;
          void command.run('defineDesk', { ...fields, departmentId }).then((result) => {
            if (result === null) return;
            setDraft(result.desk);
            setSaved(result.desk);
          });
        }}
      >
        <div className="manager-editor__row">
          <FormField id={`${id}-department`} label={t('manager.desks.department')}>
            <select
              id={`${id}-department`}
              className="field__input field__select"
              value={draft.departmentId ?? ''}
              required
              onChange={(event) => {
                setDraft({ ...draft, departmentId: event.target.value ? Number(event.target.value) : null });
              }}
            >
              <option value="">{t('manager.desks.chooseDepartment')}</option>
              {office.departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.prefix} · {departmentNames(d, i18n.language).primary}
                </option>
              ))}
            </select>
          </FormField>
          <FormField id={`${id}-nameKo`} label={t('manager.desks.nameKo')} hint={t('manager.desks.nameHint')}>
            <input
              id={`${id}-nameKo`}
              className="field__input"
              aria-describedby={`${id}-nameKo-hint`}
              value={draft.nameKo}
              maxLength={80}
              required
              onChange={(event) => {
                setDraft({ ...draft, nameKo: event.target.value });
              }}
            />
          </FormField>
          <FormField id={`${id}-nameEn`} label={t('manager.desks.nameEn')}>
            <input
              id={`${id}-nameEn`}
              className="field__input"
              lang="en"
              value={draft.nameEn}
              maxLength={80}
              required
              onChange={(event) => {
                setDraft({ ...draft, nameEn: event.target.value });
              }}
            />
          </FormField>
        </div>
        <fieldset className="manager-choice">
          <legend>{t('manager.desks.mode')}</legend>
          {deskModes.map((mode) => (
            <label key={mode} className="manager-choice__option">
              <input
                type="radio"
                name={`${id}-mode`}
                value={mode}
                checked={draft.mode === mode}
                onChange={() => {
                  setDraft({ ...draft, mode });
                }}
              />
              <span>
                <strong>{t(`manager.departments.modes.${mode}`)}</strong>
                <span className="manager-choice__hint">{t(`manager.desks.modeHints.${mode}`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="manager-form__actions">
          <button type="submit" className="button button--primary" disabled={command.pending}>
            {t('manager.desks.save')}
          </button>
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('manager.desks.cancel')}
          </button>
        </div>
      </form>
      <CommandOutcome done={command.done} doneText={t('manager.setup.saved')} error={command.error} />
    </div>
  );
}
