import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIRST_RULE_MAX_PASSES, MAX_ORDINARY_PER_PRIORITY } from '../../shared/queue/priority-rule';
import { ChoiceField } from './ChoiceField';
import type { Language } from '../../shared/contract/views';
import { departmentDraft, toDefineDepartment, type DepartmentDraft } from './department-draft';
import { DepartmentTexts } from './DepartmentTexts';
import { EditorFrame } from './EditorFrame';
import { FormField } from './FormField';
import { TaskRows } from './TaskRows';
import { useManagerCommand } from './use-manager-command';

type DepartmentEditorProps = {
  initial: DepartmentDraft;
  /** The kiosk's languages, whose missing translations the editor points out. */
  offered: readonly Language[];
  onClose: () => void;
};

/** One department's names and place in every kiosk language, and its tasks; saving a new one keeps it open. */
export function DepartmentEditor({ initial, offered, onClose }: DepartmentEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [saved, setSaved] = useState(initial);
  const command = useManagerCommand();

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
        <FormField
          id={`${id}-prefix`}
          label={t('manager.departments.editor.prefix')}
          hint={t('manager.departments.editor.prefixHint')}
        >
          <input
            id={`${id}-prefix`}
            className="field__input manager-editor__prefix"
            value={draft.prefix}
            maxLength={2}
            aria-describedby={`${id}-prefix-hint`}
            pattern="[A-Z]{1,2}"
            autoCapitalize="characters"
            required
            onChange={(event) => {
              setDraft({ ...draft, prefix: event.target.value.toUpperCase() });
            }}
          />
        </FormField>
        <FormField id={`${id}-phone`} label={t('manager.departments.editor.phone')}>
          <input
            id={`${id}-phone`}
            className="field__input"
            value={draft.phone}
            maxLength={40}
            type="tel"
            inputMode="tel"
            onChange={(event) => {
              setDraft({ ...draft, phone: event.target.value });
            }}
          />
        </FormField>
      </div>
      <DepartmentTexts
        idPrefix={id}
        draft={draft}
        offered={offered}
        onChange={(patch) => {
          setDraft({ ...draft, ...patch });
        }}
      />
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
        offered={offered}
        onChange={(tasks) => {
          setDraft({ ...draft, tasks });
        }}
      />
    </EditorFrame>
  );
}
