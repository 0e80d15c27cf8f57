import { useTranslation } from 'react-i18next';
import type { Office } from '../../shared/contract/views';
import { departmentNames, deskName } from '../i18n/localized';
import { CommandOutcome } from './CommandOutcome';
import { useManagerCommand } from './use-manager-command';

/** Which departments take tickets now, and the desks that serve each. */
export function DepartmentsSetup({ office }: { office: Office }) {
  const { t, i18n } = useTranslation();
  const command = useManagerCommand();
  return (
    <section className="panel manager-section" aria-labelledby="manager-departments">
      <h2 id="manager-departments" className="panel__title">
        {t('manager.departments.title')}
      </h2>
      <p className="manager-section__lead">{t('manager.departments.lead')}</p>
      <div className="manager-table-wrap">
        <table className="manager-table">
          <thead>
            <tr>
              <th scope="col">{t('manager.departments.prefix')}</th>
              <th scope="col">{t('manager.departments.name')}</th>
              <th scope="col">{t('manager.departments.place')}</th>
              <th scope="col">{t('manager.departments.desks')}</th>
              <th scope="col">{t('manager.departments.accepting')}</th>
            </tr>
          </thead>
          <tbody>
            {office.departments.map((department) => {
              const names = departmentNames(department, i18n.language);
              const desks = office.desks.filter((d) => d.departmentId === department.id);
              return (
                <tr key={department.id}>
                  <td>
                    <span className="prefix-badge">{department.prefix}</span>
                  </td>
                  <th scope="row">
                    {names.primary}
                    <span className="manager-table__sub">{names.secondary}</span>
                  </th>
                  <td>
                    {t('manager.departments.floor', { floor: department.floor })}
                    <span className="manager-table__sub">{department.phone}</span>
                  </td>
                  <td>
                    {desks.map((desk) => (
                      <span key={desk.id} className="manager-table__line">
                        {deskName(desk, i18n.language)} · {t(`manager.departments.modes.${desk.mode}`)}
                      </span>
                    ))}
                  </td>
                  <td>
                    <label className="manager-check manager-check--inline">
                      <input
                        type="checkbox"
                        checked={department.accepting}
                        disabled={command.pending}
                        onChange={(event) => {
                          void command.run('setDepartmentAccepting', {
                            departmentId: department.id,
                            accepting: event.target.checked,
                          });
                        }}
                      />
                      <span>
                        {department.accepting
                          ? t('manager.departments.acceptingOn')
                          : t('manager.departments.acceptingOff')}
                        <span className="visually-hidden"> — {names.primary}</span>
                      </span>
                    </label>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <CommandOutcome done={command.done} doneText={t('manager.setup.saved')} error={command.error} />
    </section>
  );
}
