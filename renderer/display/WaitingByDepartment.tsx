import type { DepartmentWithQueue } from '../../shared/contract/views';
import { departmentNames } from '../i18n/localized';
import { useSecondLanguage } from './use-second-language';

export function WaitingByDepartment({ departments }: { departments: readonly DepartmentWithQueue[] }) {
  const { t, language, secondLanguage, second } = useSecondLanguage();
  return (
    <section className="queues" aria-labelledby="display-queues-heading">
      <h2 id="display-queues-heading" className="display-heading">
        {t('display.waiting')}
        <span className="display-heading__second" lang={secondLanguage}>
          {second('display.waiting')}
        </span>
      </h2>
      <ul className="queues__list">
        {departments.map((department) => {
          const names = departmentNames(department, language);
          return (
            <li key={department.id} className={department.waiting > 0 ? 'queue' : 'queue queue--empty'}>
              <span className="queue__prefix" aria-hidden="true">
                {department.prefix}
              </span>
              <span className="queue__name">
                {names.primary}
                <span className="queue__name-second" lang={secondLanguage}>
                  {names.secondary}
                </span>
              </span>
              <span className="queue__count">
                {department.waiting > 0
                  ? t('display.waitingCount', { count: department.waiting })
                  : t('display.noWaiting')}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
