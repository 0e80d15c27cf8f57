import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Office } from '../../shared/contract/views';
import { departmentNames, deskName } from '../i18n/localized';
import { CommandOutcome } from './CommandOutcome';
import { departmentDraft, newDepartmentDraft } from './department-draft';
import { DepartmentEditor } from './DepartmentEditor';
import { useManagerCommand } from './use-manager-command';
import { ListSetup } from './ListSetup';

/** The departments: what each is called, where it is, its tasks and desks, and whether it takes tickets. */
export function DepartmentsSetup({ office }: { office: Office }) {
  const { t, i18n } = useTranslation();
  const command = useManagerCommand();
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const edited = typeof editing === 'number' ? office.departments.find((d) => d.id === editing) : null;
  const draft =
    editing === 'new'
      ? newDepartmentDraft(office.departments.map((d) => d.prefix))
      : edited
        ? departmentDraft(edited)
        : null;

  return (
    <ListSetup
      title={t('manager.departments.title')}
      lead={t('manager.departments.lead')}
      addLabel={t('manager.departments.add')}
      onAdd={() => {
        setEditing('new');
      }}
    >
      <div className="manager-table-wrap">
        <table className="manager-table">
          <thead>
            <tr>
              <th scope="col">{t('manager.departments.prefix')}</th>
              <th scope="col">{t('manager.departments.name')}</th>
              <th scope="col">{t('manager.departments.place')}</th>
              <th scope="col">{t('manager.departments.tasks')}</th>
              <th scope="col">{t('manager.departments.desks')}</th>
              <th scope="col">{t('manager.departments.accepting')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('manager.departments.edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {office.departments.map((department) => {
              const names = departmentNames(department, i18n.language);
              const desks = office.desks.filter((d) => d.departmentId === department.id);
              return (
                <tr
                  key={department.id}
                  className={editing === department.id ? 'manager-table__row--editing' : ''}
                >
                  <td>
                    <span className="prefix-badge">{department.prefix}</span>
                  </td>
                  <th scope="row">
                    {names.primary}
                    <span className="manager-table__sub">{names.secondary}</span>
                  </th>
                  <td>
                    {department.floor}
                    <span className="manager-table__sub">{department.phone}</span>
                    <span className="manager-table__sub">
                      {department.priorityRule.kind === 'ratio'
                        ? t('priority.rule.summaryRatio', {
                            count: department.priorityRule.ordinaryPerPriority,
                          })
                        : t('priority.rule.summaryFirst')}
                    </span>
                  </td>
                  <td className="manager-table__tasks">
                    {department.tasks
                      .map((task) => (i18n.language === 'ko' ? task.nameKo : task.nameEn))
                      .join(', ')}
                  </td>
                  <td>
                    {desks.length === 0 ? (
                      <span className="manager-table__sub">{t('manager.desks.none')}</span>
                    ) : (
                      desks.map((desk) => (
                        <span key={desk.id} className="manager-table__line">
                          {deskName(desk, i18n.language)} · {t(`manager.departments.modes.${desk.mode}`)}
                        </span>
                      ))
                    )}
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
                  <td>
                    <button
                      type="button"
                      className="button button--quiet button--small"
                      aria-label={t('manager.departments.editLabel', { name: names.primary })}
                      onClick={() => {
                        setEditing(department.id);
                      }}
                    >
                      {t('manager.departments.edit')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <CommandOutcome done={command.done} doneText={t('manager.setup.saved')} error={command.error} />
      {draft === null ? null : (
        <DepartmentEditor
          key={String(editing)}
          initial={draft}
          onClose={() => {
            setEditing(null);
          }}
        />
      )}
    </ListSetup>
  );
}
