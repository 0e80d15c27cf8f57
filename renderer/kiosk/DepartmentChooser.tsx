import { useTranslation } from 'react-i18next';
import type { Office } from '../../shared/contract/views';
import { asUiLanguage } from '../i18n';
import { errorMessage } from '../i18n/errors';
import { departmentNames } from '../i18n/localized';
import { useKioskStore } from '../stores/kiosk-store';
import { AlertIcon } from '../ui/icons';
import { DepartmentCard } from './DepartmentCard';

export function DepartmentChooser({ office }: { office: Office }) {
  const { t, i18n } = useTranslation();
  const pendingDepartmentId = useKioskStore((s) => s.pendingDepartmentId);
  const failure = useKioskStore((s) => s.failure);
  const issue = useKioskStore((s) => s.issue);
  const language = asUiLanguage(i18n.language);
  const failedDepartment = office.departments.find((d) => d.id === failure?.departmentId);

  const take = (departmentId: number): void => {
    void issue(departmentId, language);
  };

  return (
    <main className="kiosk__main">
      <div className="kiosk-intro">
        <h1>{t('kiosk.title')}</h1>
        <p>{t('kiosk.lead')}</p>
      </div>
      <div className="kiosk-status" role="status">
        {pendingDepartmentId !== null ? (
          <p className="kiosk-status__issuing">
            <span className="spinner" aria-hidden="true" />
            {t('kiosk.issuing')}
          </p>
        ) : null}
      </div>
      {failure && failedDepartment ? (
        <div className="kiosk-error" role="alert">
          <AlertIcon className="kiosk-error__icon" />
          <div className="kiosk-error__body">
            <p className="kiosk-error__title">{t('kiosk.issueFailed')}</p>
            <p>{errorMessage(t, failure.code)}</p>
          </div>
          <button
            type="button"
            className="button button--primary button--large"
            onClick={() => {
              take(failedDepartment.id);
            }}
          >
            {t('kiosk.retry', { department: departmentNames(failedDepartment, language).primary })}
          </button>
        </div>
      ) : null}
      <ul className="department-grid" aria-label={t('kiosk.departments')}>
        {office.departments.map((department) => (
          <li key={department.id}>
            <DepartmentCard
              department={department}
              disabled={pendingDepartmentId !== null}
              pending={pendingDepartmentId === department.id}
              onChoose={take}
            />
          </li>
        ))}
      </ul>
    </main>
  );
}
