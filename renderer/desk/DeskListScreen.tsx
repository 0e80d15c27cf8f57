import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useLiveOffice } from '../hooks/use-live-office';
import { departmentNames, deskName, officeName } from '../i18n/localized';
import { useOfficeStore } from '../stores/office-store';
import { ArrowIcon, PeopleIcon, PinIcon } from '../ui/icons';
import { LoadState } from '../ui/LoadState';
import { TopBar } from '../ui/TopBar';
import { ModeBadge } from './ModeBadge';

/** Every desk of the office, grouped by department, for staff to pick their own. */
export function DeskListScreen() {
  const { t, i18n } = useTranslation();
  useLiveOffice();
  const office = useOfficeStore((s) => s.office);
  const loadError = useOfficeStore((s) => s.loadError);
  const load = useOfficeStore((s) => s.load);
  useDocumentTitle(t('desk.listDocTitle'));
  const language = i18n.language;

  return (
    <div className="page">
      <TopBar office={office ? officeName(office, language) : ''} />
      <main className="page__main">
        <div className="page-heading">
          <h1>{t('desk.listTitle')}</h1>
          <p className="page-heading__lead">{t('desk.listLead')}</p>
        </div>
        {office === null ? (
          <LoadState error={loadError} onRetry={() => void load()} />
        ) : (
          <ul className="desk-directory">
            {office.departments.map((department) => {
              const names = departmentNames(department, language);
              const desks = office.desks.filter((desk) => desk.departmentId === department.id);
              return (
                <li key={department.id} className="directory-card">
                  <div className="directory-card__head">
                    <h2 className="directory-card__title">
                      <span className="prefix-badge" aria-hidden="true">
                        {department.prefix}
                      </span>
                      {names.primary}
                    </h2>
                    <p className="directory-card__meta">
                      <span>
                        <PinIcon />
                        {department.floor}
                      </span>
                      <span>
                        <PeopleIcon />
                        {department.waiting > 0
                          ? t('kiosk.waiting', { count: department.waiting })
                          : t('kiosk.noWaiting')}
                      </span>
                    </p>
                  </div>
                  <ul className="directory-card__desks">
                    {desks.map((desk) => (
                      <li key={desk.id}>
                        <Link className="desk-link" to={`/desk/${desk.id}`}>
                          <span className="desk-link__name">{deskName(desk, language)}</span>
                          <ModeBadge mode={desk.mode} />
                          <ArrowIcon className="desk-link__arrow" />
                        </Link>
                      </li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ul>
        )}
      </main>
    </div>
  );
}
