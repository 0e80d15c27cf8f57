import { useTranslation } from 'react-i18next';
import { ExportSettingsPanel } from './ExportSettingsPanel';

/** What the office's reports show: figures per staff member, and the PDF's 결재란. Both off at first. */
export function ReportSettings() {
  const { t } = useTranslation();
  return (
    <ExportSettingsPanel
      id="month-report-settings"
      title={t('month.settings.title')}
      options={[
        {
          key: 'staffFigures',
          label: t('month.settings.staffFigures'),
          hint: t('month.settings.staffFiguresHint'),
        },
        {
          key: 'approvalBoxes',
          label: t('month.settings.approvalBoxes'),
          hint: t('month.settings.approvalBoxesHint'),
        },
      ]}
    />
  );
}
