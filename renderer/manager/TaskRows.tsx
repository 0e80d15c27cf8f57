import { useTranslation } from 'react-i18next';
import { emptyTask, isBlank, type TaskDraft } from './department-draft';

type TaskRowsProps = { idPrefix: string; tasks: TaskDraft[]; onChange: (tasks: TaskDraft[]) => void };

type TaskField = 'nameKo' | 'nameEn' | 'keywords';

/** The tasks a visitor can pick at the kiosk, one row each, with the words that find them. */
export function TaskRows({ idPrefix, tasks, onChange }: TaskRowsProps) {
  const { t } = useTranslation();
  const columns: { field: TaskField; label: string; max: number; required: boolean }[] = [
    { field: 'nameKo', label: t('manager.departments.editor.taskNameKo'), max: 80, required: true },
    { field: 'nameEn', label: t('manager.departments.editor.taskNameEn'), max: 80, required: true },
    { field: 'keywords', label: t('manager.departments.editor.keywords'), max: 400, required: false },
  ];
  const change = (key: string, patch: Partial<TaskDraft>) => {
    onChange(tasks.map((task) => (task.key === key ? { ...task, ...patch } : task)));
  };
  return (
    <fieldset className="manager-tasks">
      <legend className="manager-subtitle">{t('manager.departments.editor.tasks')}</legend>
      <p className="manager-section__hint">{t('manager.departments.editor.tasksLead')}</p>
      {tasks.length === 0 ? (
        <p className="manager-empty">{t('manager.departments.editor.noTasks')}</p>
      ) : (
        <table className="manager-table manager-table--compact manager-tasks__table">
          <thead>
            <tr>
              <th scope="col" className="manager-tasks__number">
                <span className="visually-hidden">#</span>
              </th>
              {columns.map((c) => (
                <th key={c.field} scope="col">
                  {c.label}
                  {c.field === 'keywords' ? (
                    <span className="manager-table__sub">{t('manager.departments.editor.keywordsHint')}</span>
                  ) : null}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{t('manager.departments.editor.removeTask')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tasks.map((task, index) => {
              const number = t('manager.departments.editor.taskNumber', { number: index + 1 });
              return (
                <tr key={task.key}>
                  <td className="manager-tasks__number">{index + 1}</td>
                  {columns.map((c) => (
                    <td key={c.field}>
                      <input
                        id={`${idPrefix}-${task.key}-${c.field}`}
                        className="field__input manager-tasks__input"
                        aria-label={`${number} ${c.label}`}
                        value={task[c.field]}
                        maxLength={c.max}
                        // A row left entirely blank is dropped on saving, so it asks for nothing.
                        required={c.required && !isBlank(task)}
                        onChange={(event) => {
                          change(task.key, { [c.field]: event.target.value });
                        }}
                      />
                    </td>
                  ))}
                  <td>
                    <button
                      type="button"
                      className="button button--quiet button--small"
                      aria-label={t('manager.departments.editor.removeTaskLabel', { number: index + 1 })}
                      onClick={() => {
                        onChange(tasks.filter((other) => other.key !== task.key));
                      }}
                    >
                      {t('manager.departments.editor.removeTask')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <div>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => {
            onChange([...tasks, emptyTask()]);
          }}
        >
          {t('manager.departments.editor.addTask')}
        </button>
      </div>
    </fieldset>
  );
}
