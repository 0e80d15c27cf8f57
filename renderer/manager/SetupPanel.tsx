import { useTranslation } from 'react-i18next';
import type { Office } from '../../shared/contract/views';
import { BackupsSetup } from './BackupsSetup';
import { CharterForm } from './CharterForm';
import { DepartmentsSetup } from './DepartmentsSetup';
import { DesksSetup } from './DesksSetup';
import { HoursSetup } from './HoursSetup';
import { KioskLanguagesSetup } from './KioskLanguagesSetup';
import { RetentionSetup } from './RetentionSetup';
import { StaffPinSetup } from './StaffPinSetup';
import { StaffSetup } from './StaffSetup';

/** The office's settings, each saved on its own so one mistake never holds up the rest. */
export function SetupPanel({ office }: { office: Office }) {
  const { t } = useTranslation();
  return (
    <div className="manager-setup">
      <div className="page-heading">
        <h1>{t('manager.setup.title')}</h1>
        <p className="page-heading__lead">{t('manager.setup.lead')}</p>
      </div>
      <CharterForm office={office} />
      <HoursSetup office={office} />
      <DepartmentsSetup office={office} />
      <DesksSetup office={office} />
      <StaffSetup office={office} />
      <div className="manager-setup__pair">
        <KioskLanguagesSetup office={office} />
        <StaffPinSetup />
      </div>
      <div className="manager-setup__pair">
        <BackupsSetup />
        <RetentionSetup />
      </div>
    </div>
  );
}
