import { useTranslation } from 'react-i18next';
import type { Office } from '../../shared/contract/views';
import { useKioskStore, type KioskView } from '../stores/kiosk-store';
import { DepartmentChooser } from './DepartmentChooser';
import { PriorityRequest } from './PriorityRequest';
import { RepeatVisit } from './RepeatVisit';
import { TaskFinder } from './TaskFinder';

const choices = [
  { view: 'tasks', label: 'kiosk.choices.byTask', hint: 'kiosk.choices.byTaskHint' },
  { view: 'departments', label: 'kiosk.choices.byDepartment', hint: 'kiosk.choices.byDepartmentHint' },
  { view: 'repeat', label: 'kiosk.choices.repeat', hint: 'kiosk.choices.repeatHint' },
] as const satisfies readonly { view: KioskView; label: string; hint: string }[];

/** The two ways to find a desk, and the repeat-visit claim, with the chosen one below. */
export function KioskHome({ office }: { office: Office }) {
  const { t } = useTranslation();
  const view = useKioskStore((s) => s.view);
  const show = useKioskStore((s) => s.show);
  return (
    <main className="kiosk__main">
      <nav className="kiosk-choices" aria-label={t('kiosk.choices.group')}>
        {choices.map((choice) => (
          <button
            key={choice.view}
            type="button"
            className={`kiosk-choice kiosk-choice--${choice.view}`}
            aria-pressed={view === choice.view}
            onClick={() => {
              show(choice.view);
            }}
          >
            <span className="kiosk-choice__label">{t(choice.label)}</span>
            <span className="kiosk-choice__hint">{t(choice.hint)}</span>
          </button>
        ))}
      </nav>
      <PriorityRequest />
      {view === 'tasks' ? (
        <TaskFinder office={office} />
      ) : view === 'repeat' ? (
        <RepeatVisit office={office} />
      ) : (
        <DepartmentChooser office={office} />
      )}
    </main>
  );
}
