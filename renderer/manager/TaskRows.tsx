import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/contract/views';
import { taskField, type TaskText } from '../../shared/office/office-texts';
import { emptyTask, isBlank, type TaskDraft } from './department-draft';
import { MissingMark } from './MissingMark';

type TaskRowsProps = {
  idPrefix: string;
  tasks: TaskDraft[];
  /** The languages the kiosk offers: an empty text in one of them is a missing translation. */
  offered: readonly Language[];
  onChange: (tasks: TaskDraft[]) => void;
};

/** Korean and English are written side by side (both names are required); the others one at a time. */
const views = ['koEn', 'zh', 'vi'] as const;
type TaskView = (typeof views)[number];

const viewColumns: Record<TaskView, { text: TaskText; language: Language }[]> = {
  koEn: [
    { text: 'name', language: 'ko' },
    { text: 'name', language: 'en' },
    { text: 'keywords', language: 'ko' },
    { text: 'keywords', language: 'en' },
  ],
  zh: [
    { text: 'name', language: 'zh' },
    { text: 'keywords', language: 'zh' },
  ],
  vi: [
    { text: 'name', language: 'vi' },
    { text: 'keywords', language: 'vi' },
  ],
};

function isMissing(
  task: TaskDraft,
  text: TaskText,
  language: Language,
  offered: readonly Language[],
): boolean {
  return (
    language !== 'ko' &&
    offered.includes(language) &&
    task[taskField(text, 'ko')].trim() !== '' &&
    task[taskField(text, language)].trim() === ''
  );
}

/** The tasks a visitor can pick at the kiosk, one row each, with their names and search words per language. */
export function TaskRows({ idPrefix, tasks, offered, onChange }: TaskRowsProps) {
  const { t } = useTranslation();
  const [view, setView] = useState<TaskView>('koEn');
  const columns = viewColumns[view];
  const label = (text: TaskText, language: Language): string =>
    t('manager.departments.editor.inLanguage', {
      field: t(`manager.departments.editor.texts.${text === 'name' ? 'taskName' : 'keywords'}`),
      language: t(`manager.departments.editor.languageNames.${language}`),
    });
  const missingIn = (shown: TaskView): number =>
    tasks.reduce(
      (sum, task) =>
        sum + viewColumns[shown].filter((c) => isMissing(task, c.text, c.language, offered)).length,
      0,
    );
  const change = (key: string, patch: Partial<TaskDraft>) => {
    onChange(tasks.map((task) => (task.key === key ? { ...task, ...patch } : task)));
  };
  return (
    <fieldset className="manager-tasks">
      <legend className="manager-subtitle">{t('manager.departments.editor.tasks')}</legend>
      <p className="manager-section__hint">{t('manager.departments.editor.tasksLead')}</p>
      <div className="manager-tabs" role="group" aria-label={t('manager.departments.editor.taskLanguages')}>
        {views.map((shown) => {
          const missing = missingIn(shown);
          return (
            <button
              key={shown}
              type="button"
              className="manager-tabs__tab"
              aria-pressed={view === shown}
              onClick={() => {
                setView(shown);
              }}
            >
              {t(`manager.departments.editor.taskViews.${shown}`)}
              {missing > 0 ? (
                <span className="manager-tabs__missing">
                  {t('manager.departments.editor.missingCount', { count: missing })}
                </span>
              ) : null}
            </button>
          );
        })}
      </div>
      {tasks.length === 0 ? (
        <p className="manager-empty">{t('manager.departments.editor.noTasks')}</p>
      ) : (
        <table className="manager-table manager-table--compact manager-tasks__table">
          <thead>
            <tr>
              <th scope="col" className="manager-tasks__number">
                <span className="visually-hidden">#</span>
              </th>
              {view === 'koEn' ? null : <th scope="col">{label('name', 'ko')}</th>}
              {columns.map((c) => (
                <th key={`${c.text}-${c.language}`} scope="col">
                  {label(c.text, c.language)}
                  {c.text === 'keywords' ? (
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
                  {view === 'koEn' ? null : <td className="manager-tasks__reference">{task.nameKo}</td>}
                  {columns.map((c) => {
                    const field = taskField(c.text, c.language);
                    const id = `${idPrefix}-${task.key}-${field}`;
                    const missing = isMissing(task, c.text, c.language, offered);
                    const english = task[taskField(c.text, 'en')].trim();
                    return (
                      <td key={field}>
                        <input
                          id={id}
                          className={`field__input manager-tasks__input${missing ? ' field__input--missing' : ''}`}
                          aria-label={`${number} ${label(c.text, c.language)}`}
                          aria-describedby={missing ? `${id}-missing` : undefined}
                          lang={c.language === 'ko' ? undefined : c.language}
                          value={task[field]}
                          maxLength={c.text === 'name' ? 80 : 400}
                          // A row left entirely blank is dropped on saving, so it asks for nothing.
                          required={
                            c.text === 'name' &&
                            (c.language === 'ko' || c.language === 'en') &&
                            !isBlank(task)
                          }
                          onChange={(event) => {
                            change(task.key, { [field]: event.target.value });
                          }}
                        />
                        {missing ? (
                          <MissingMark
                            id={`${id}-missing`}
                            shownInstead={c.language !== 'en' && english !== '' ? 'en' : 'ko'}
                          />
                        ) : null}
                      </td>
                    );
                  })}
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
            // A new task needs its Korean and English names first.
            setView('koEn');
            onChange([...tasks, emptyTask()]);
          }}
        >
          {t('manager.departments.editor.addTask')}
        </button>
      </div>
    </fieldset>
  );
}
