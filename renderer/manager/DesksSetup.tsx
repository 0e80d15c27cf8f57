import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Office } from '../../shared/contract/views';
import { departmentNames, deskName } from '../i18n/localized';
import { DeskEditor, type DeskDraft } from './DeskEditor';
import { ListSetup } from './ListSetup';

/**
 * A new desk takes the department of the office's last desk (desks come in runs), but not its
 * mode: a walk-up desk made a queue desk by default would call numbers nobody is waiting for.
 */
function newDesk(office: Office): DeskDraft {
  const last = office.desks.at(-1);
  return { departmentId: last?.departmentId ?? null, nameKo: '', nameEn: '', mode: null };
}

/** The desks of each department, and how each receives visitors. */
export function DesksSetup({ office }: { office: Office }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const edited = typeof editing === 'number' ? office.desks.find((d) => d.id === editing) : undefined;
  const draft = editing === 'new' ? newDesk(office) : (edited ?? null);

  return (
    <ListSetup
      title={t('manager.desks.title')}
      lead={t('manager.desks.lead')}
      addLabel={t('manager.desks.add')}
      onAdd={() => {
        setEditing('new');
      }}
    >
      <div className="manager-table-wrap">
        <table className="manager-table manager-table--compact">
          <thead>
            <tr>
              <th scope="col">{t('manager.desks.department')}</th>
              <th scope="col">{t('manager.desks.name')}</th>
              <th scope="col">{t('manager.desks.mode')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('manager.desks.edit')}</span>
              </th>
            </tr>
          </thead>
          {office.departments.map((department) => {
            const desks = office.desks.filter((d) => d.departmentId === department.id);
            const name = departmentNames(department, i18n.language).primary;
            return (
              <tbody key={department.id} className="manager-table__group">
                {desks.length === 0 ? (
                  <tr>
                    <th scope="row">
                      <span className="prefix-badge">{department.prefix}</span> {name}
                    </th>
                    <td colSpan={3} className="manager-table__sub">
                      {t('manager.desks.none')}
                    </td>
                  </tr>
                ) : (
                  desks.map((desk, index) => (
                    <tr key={desk.id}>
                      {index === 0 ? (
                        <th scope="rowgroup" rowSpan={desks.length}>
                          <span className="prefix-badge">{department.prefix}</span> {name}
                        </th>
                      ) : null}
                      <td>
                        {deskName(desk, i18n.language)}
                        <span className="manager-table__sub">
                          {i18n.language === 'ko' ? desk.nameEn : desk.nameKo}
                        </span>
                      </td>
                      <td>
                        <span className={`mode-badge mode-badge--${desk.mode}`}>
                          {t(`manager.departments.modes.${desk.mode}`)}
                        </span>
                      </td>
                      <td className="manager-table__action">
                        <button
                          type="button"
                          className="button button--quiet button--small"
                          aria-label={t('manager.desks.editLabel', { name: deskName(desk, i18n.language) })}
                          onClick={() => {
                            setEditing(desk.id);
                          }}
                        >
                          {t('manager.desks.edit')}
                        </button>
                      </td>
                    </tr>
                  ))
                )}
              </tbody>
            );
          })}
        </table>
      </div>
      {draft === null ? null : (
        <DeskEditor
          key={String(editing)}
          office={office}
          initial={draft}
          onClose={() => {
            setEditing(null);
          }}
        />
      )}
    </ListSetup>
  );
}
