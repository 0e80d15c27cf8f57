import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Office } from '../../shared/contract/views';
import { asUiLanguage } from '../i18n';
import { departmentFloor, departmentNames, taskNames } from '../i18n/localized';
import { useKioskStore } from '../stores/kiosk-store';
import { PinIcon } from '../ui/icons';
import { IssueStatus } from './IssueStatus';
import { OnScreenKeyboard } from './keyboard/OnScreenKeyboard';
import { searchTasks } from './task-search';
import { useScreenSpeech } from './use-screen-speech';

export function TaskFinder({ office }: { office: Office }) {
  const { t, i18n } = useTranslation();
  const issue = useKioskStore((s) => s.issue);
  const pending = useKioskStore((s) => s.pending);
  const [query, setQuery] = useState('');
  const hintId = useId();
  const language = asUiLanguage(i18n.language);
  const tasks = useMemo(() => office.departments.flatMap((d) => d.tasks), [office.departments]);
  const found = searchTasks(tasks, query, language);
  useScreenSpeech(`${t('kiosk.tasks.title')} ${t('kiosk.tasks.lead')}`);

  return (
    <>
      <div className="kiosk-intro">
        <h1>{t('kiosk.tasks.title')}</h1>
        <p>{t('kiosk.tasks.lead')}</p>
      </div>
      <div className="task-search">
        <label htmlFor="task-search">{t('kiosk.tasks.search')}</label>
        {/* The kiosk's own keyboard below types into it; inputMode="none" keeps the system's away. */}
        <input
          id="task-search"
          type="search"
          className="task-search__input"
          autoComplete="off"
          inputMode="none"
          aria-describedby={hintId}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
          }}
        />
        <p id={hintId} className="task-search__hint">
          {t('kiosk.tasks.searchHint')}
        </p>
      </div>
      <OnScreenKeyboard
        value={query}
        onChange={setQuery}
        language={language}
        label={t('kiosk.tasks.search')}
      />
      <IssueStatus />
      {found.length === 0 ? <p className="task-list__none">{t('kiosk.tasks.none')}</p> : null}
      <ul className="task-list" aria-label={t('kiosk.tasks.results')}>
        {found.map((task) => {
          const department = office.departments.find((d) => d.id === task.departmentId);
          if (!department) return null;
          const names = taskNames(task, language);
          return (
            <li key={task.id}>
              <button
                type="button"
                className="task-card"
                disabled={pending !== null || !department.accepting}
                onClick={() => void issue({ departmentId: department.id, taskId: task.id }, language)}
              >
                <span className="task-card__name">{names.primary}</span>
                <span className="task-card__secondary">{names.secondary}</span>
                <span className="task-card__where">
                  <PinIcon />
                  {departmentNames(department, language).primary} · {departmentFloor(department, language)}
                  {department.accepting ? null : ` · ${t('kiosk.notAccepting')}`}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
