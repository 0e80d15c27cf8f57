import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandInput } from '../../shared/contract/commands';
import { deskModes, type DeskMode, type Office } from '../../shared/contract/views';
import { departmentNames } from '../i18n/localized';
import { ChoiceField } from './ChoiceField';
import { EditorFrame } from './EditorFrame';
import { FormField } from './FormField';
import { useManagerCommand } from './use-manager-command';

/** A new desk starts with no mode: queue or walk-up is decided for each desk, never inherited. */
export type DeskDraft = Omit<CommandInput<'defineDesk'>, 'departmentId' | 'mode'> & {
  departmentId: number | null;
  mode: DeskMode | null;
};

type DeskEditorProps = { office: Office; initial: DeskDraft; onClose: () => void };

/** A desk's department, names and how it receives visitors. */
export function DeskEditor({ office, initial, onClose }: DeskEditorProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [saved, setSaved] = useState(initial);
  const [modeMissing, setModeMissing] = useState(false);
  const command = useManagerCommand();

  return (
    <EditorFrame
      title={
        saved.id === undefined
          ? t('manager.desks.newTitle')
          : t('manager.desks.editTitle', { name: saved.nameKo })
      }
      saveLabel={t('manager.desks.save')}
      closeLabel={t('manager.desks.cancel')}
      command={command}
      onClose={onClose}
      onSave={() => {
        const { departmentId, mode, ...fields } = draft;
        if (mode === null) {
          setModeMissing(true);
          return;
        }
        if (departmentId === null) return;
        void command.run('defineDesk', { ...fields, departmentId, mode }).then((result) => {
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
      <ChoiceField
        legend={t('manager.desks.mode')}
        choices={deskModes.map((mode) => ({
          value: mode,
          label: t(`manager.departments.modes.${mode}`),
          hint: t(`manager.desks.modeHints.${mode}`),
        }))}
        value={draft.mode}
        onChange={(mode) => {
          setModeMissing(false);
          setDraft({ ...draft, mode });
        }}
      />
      {modeMissing ? (
        <p className="notice notice--error" role="alert">
          {t('setupChecks.chooseDeskMode')}
        </p>
      ) : null}
    </EditorFrame>
  );
}
