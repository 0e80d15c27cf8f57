import { useTranslation } from 'react-i18next';
import { asUiLanguage } from '../i18n';
import { departmentNames } from '../i18n/localized';
import { useKioskStore } from '../stores/kiosk-store';
import { useOfficeStore } from '../stores/office-store';
import { IssueFailure } from './IssueFailure';

/** The hub's answer while a ticket is on its way, or why it did not come. */
export function IssueStatus() {
  const { t, i18n } = useTranslation();
  const pending = useKioskStore((s) => s.pending);
  const failure = useKioskStore((s) => s.failure);
  const issue = useKioskStore((s) => s.issue);
  const office = useOfficeStore((s) => s.office);
  const failedDepartment = office?.departments.find((d) => d.id === failure?.choice.departmentId);
  return (
    <>
      <div className="kiosk-status" role="status">
        {pending !== null ? (
          <p className="kiosk-status__issuing">
            <span className="spinner" aria-hidden="true" />
            {t('kiosk.issuing')}
          </p>
        ) : null}
      </div>
      {failure ? (
        <IssueFailure
          choice={failure.choice}
          departmentName={failedDepartment ? departmentNames(failedDepartment, i18n.language).primary : ''}
          code={failure.code}
          onRetry={(choice) => void issue(choice, asUiLanguage(i18n.language))}
        />
      ) : null}
    </>
  );
}
