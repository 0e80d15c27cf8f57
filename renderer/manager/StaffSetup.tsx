import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Office, Staff } from '../../shared/contract/views';
import { errorMessage } from '../i18n/errors';
import { departmentNames } from '../i18n/localized';
import { useManagerStaffStore } from '../stores/manager-staff-store';
import { StaffEditor, type StaffDraft } from './StaffEditor';
import { ListSetup } from './ListSetup';

/** A new clerk has no department yet: the manager picks the one whose desks they work at. */
const newStaff: StaffDraft = { login: '', name: '', role: 'desk', pin: '', departmentId: null };

/** Who works in the office, the id each signs in with, the screens their role opens and where. */
export function StaffSetup({ office }: { office: Office }) {
  const { t, i18n } = useTranslation();
  const desksOf = (person: Staff): string => {
    if (person.role !== 'desk') return t('staffDesks.notDesk');
    const own = office.departments.find((d) => d.id === person.departmentId);
    const ownName = own ? departmentNames(own, i18n.language).primary : null;
    if (!person.otherDepartments) return ownName ?? t('staffDesks.none');
    return ownName === null ? t('staffDesks.every') : t('staffDesks.ownAndOthers', { department: ownName });
  };
  const staff = useManagerStaffStore((s) => s.staff);
  const loadError = useManagerStaffStore((s) => s.loadError);
  const load = useManagerStaffStore((s) => s.load);
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  useEffect(() => {
    void load();
  }, [load]);
  const edited = typeof editing === 'number' ? staff?.find((s) => s.id === editing) : undefined;
  const draft = editing === 'new' ? newStaff : (edited ?? null);

  return (
    <ListSetup
      title={t('manager.people.title')}
      lead={t('manager.people.lead')}
      addLabel={t('manager.people.add')}
      onAdd={() => {
        setEditing('new');
      }}
    >
      {loadError !== null ? (
        <p className="notice notice--error" role="alert">
          {t('manager.people.loadFailed')} {errorMessage(t, loadError)}
        </p>
      ) : staff === null ? null : staff.length === 0 ? (
        <p className="manager-empty">{t('manager.people.none')}</p>
      ) : (
        <div className="manager-table-wrap">
          <table className="manager-table manager-table--compact">
            <thead>
              <tr>
                <th scope="col">{t('manager.people.name')}</th>
                <th scope="col">{t('manager.people.login')}</th>
                <th scope="col">{t('manager.people.role')}</th>
                <th scope="col">{t('staffDesks.column')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('manager.people.edit')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {staff.map((person) => (
                <tr key={person.id}>
                  <th scope="row">{person.name}</th>
                  <td>
                    <code className="manager-login">{person.login}</code>
                  </td>
                  <td>
                    <span className={`role-badge role-badge--${person.role}`}>
                      {t(`manager.staff.roles.${person.role}`)}
                    </span>
                  </td>
                  <td className={person.role === 'desk' ? undefined : 'staff-desks--none'}>
                    {desksOf(person)}
                  </td>
                  <td className="manager-table__action">
                    <button
                      type="button"
                      className="button button--quiet button--small"
                      aria-label={t('manager.people.editLabel', { name: person.name })}
                      onClick={() => {
                        setEditing(person.id);
                      }}
                    >
                      {t('manager.people.edit')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {draft === null ? null : (
        <StaffEditor
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
