import { useTranslation } from 'react-i18next';
import type { Office } from '../../shared/contract/views';
import { asUiLanguage } from '../i18n';
import { useKioskStore } from '../stores/kiosk-store';
import { DepartmentGrid } from './DepartmentGrid';
import { IssueStatus } from './IssueStatus';
import { useScreenSpeech } from './use-screen-speech';

export function DepartmentChooser({ office }: { office: Office }) {
  const { t, i18n } = useTranslation();
  const issue = useKioskStore((s) => s.issue);
  useScreenSpeech(`${t('kiosk.title')} ${t('kiosk.lead')}`);
  return (
    <>
      <div className="kiosk-intro">
        <h1>{t('kiosk.title')}</h1>
        <p>{t('kiosk.lead')}</p>
      </div>
      <IssueStatus />
      <DepartmentGrid
        departments={office.departments}
        onChoose={(departmentId) => void issue({ departmentId }, asUiLanguage(i18n.language))}
      />
    </>
  );
}
