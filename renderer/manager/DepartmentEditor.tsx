import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIRST_RULE_MAX_PASSES, MAX_ORDINARY_PER_PRIORITY } from '../../shared/queue/priority-rule';
import { ChoiceField } from './ChoiceField';
import { departmentDraft, toDefineDepartment, type DepartmentDraft } from './department-draft';
import { EditorFrame } from './EditorFrame';
import { FormField } from './FormField';
import { TaskRows } from './TaskRows';
import { useManagerCommand } from './use-manager-command';

type DepartmentEditorProps = { initial: DepartmentDraft; onClose: () => void };

type TextField = Exclude<keyof DepartmentDraft, 'id' | 'tasks' | 'priorityRule' | 'ordinaryPerPriority'>;

/** One department's names, place and tasks; saving a new one keeps it open for further edits. */
export function DepartmentEditor({ initial, onClose }: DepartmentEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [saved, setSaved] = useState(initial);
  const command = useManagerCommand();
  const text = (field: TextField, max: number, hint?: string) => ({
    id: `${id}-${field}`,
    className: 'field__input',
    value: draft[field],
    maxLength: max,
    ...(hint === undefined ? {} : { 'aria-describedby': `${id}-${field}-hint` }),
    onChange: (event: { target: { value: string } }) => {
      setDraft({ ...draft, [field]: event.target.value });
    },
  });

  return (
    <EditorFrame
      title={
        saved.id === undefined
          ? t('manager.departments.editor.newTitle')
          : t('manager.departments.editor.editTitle', { name: saved.nameKo })
      }
      saveLabel={t('manager.departments.editor.save')}
      closeLabel={t('manager.departments.editor.cancel')}
      command={command}
      onClose={onClose}
      onSave={() => {
        void command.run('defineDepartment', toDefineDepartment(draft)).then((result) => {
          if (result === null) return;
          const next = departmentDraft({ ...result.department, tasks: result.tasks });
          setDraft(next);
          setSaved(next);
        });
      }}
    >
      <div className="manager-editor__row">
        <FormField id={`${id}-nameKo`} label={t('manager.departments.editor.nameKo')}>
          <input {...text('nameKo', 80)} required />
        </FormField>
        <FormField id={`${id}-nameEn`} label={t('manager.departments.editor.nameEn')}>
          <input {...text('nameEn', 80)} required lang="en" />
        </FormField>
        <FormField
          id={`${id}-prefix`}
          label={t('manager.departments.editor.prefix')}
          hint={t('manager.departments.editor.prefixHint')}
        >
          <input
            {...text('prefix', 2, 'hint')}
            className="field__input manager-editor__prefix"
            pattern="[A-Z]{1,2}"
            autoCapitalize="characters"
            required
            onChange={(event) => {
              setDraft({ ...draft, prefix: event.target.value.toUpperCase() });
            }}
          />
        </FormField>
      </div>
      <div className="manager-editor__row">
        <FormField
          id={`${id}-floor`}
          label={t('manager.departments.editor.floor')}
          hint={t('manager.departments.editor.floorHint')}
        >
          <input {...text('floor', 20, 'hint')} />
        </FormField>
        <FormField id={`${id}-phone`} label={t('manager.departments.editor.phone')}>
          <input {...text('phone', 40)} type="tel" inputMode="tel" />
        </FormField>
      </div>
      <div className="manager-editor__row manager-editor__row--two">
        <FormField
          id={`${id}-locationKo`}
          label={t('manager.departments.editor.locationKo')}
          hint={t('manager.departments.editor.locationHint')}
        >
          <input {...text('locationKo', 200, 'hint')} />
        </FormField>
        <FormField id={`${id}-locationEn`} label={t('manager.departments.editor.locationEn')}>
          <input {...text('locationEn', 200)} lang="en" />
        </FormField>
      </div>
      <div className="manager-editor__row manager-editor__row--two">
        <ChoiceField
          legend={t('priority.rule.label')}
          value={draft.priorityRule}
          choices={[
            {
              value: 'first',
              label: t('priority.rule.first'),
              hint: t('priority.rule.firstHint', { passes: FIRST_RULE_MAX_PASSES }),
            },
            { value: 'ratio', label: t('priority.rule.ratio'), hint: t('priority.rule.ratioHint') },
          ]}
          onChange={(priorityRule) => {
            setDraft({ ...draft, priorityRule });
          }}
        />
        {draft.priorityRule === 'ratio' ? (
          <FormField id={`${id}-ratio`} label={t('priority.rule.ordinaryPerPriority')}>
            <input
              id={`${id}-ratio`}
              className="field__input manager-editor__number"
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_ORDINARY_PER_PRIORITY}
              required
              value={draft.ordinaryPerPriority}
              onChange={(event) => {
                setDraft({ ...draft, ordinaryPerPriority: event.target.valueAsNumber });
              }}
            />
          </FormField>
        ) : null}
      </div>
      <TaskRows
        idPrefix={id}
        tasks={draft.tasks}
        onChange={(tasks) => {
          setDraft({ ...draft, tasks });
        }}
      />
    </EditorFrame>
  );
}
