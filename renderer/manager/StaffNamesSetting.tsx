import { useTranslation } from 'react-i18next';
import { ExportSettingsPanel } from './ExportSettingsPanel';

/** Whether exports name the staff who served: off unless the office turns it on. */
export function StaffNamesSetting() {
  const { t } = useTranslation();
  return (
    <ExportSettingsPanel
      id="manager-staff-names"
      title={t('manager.export.privacyTitle')}
      options={[
        {
          key: 'includeStaffNames',
          label: t('manager.export.includeStaffNames'),
          hint: t('manager.export.includeStaffNamesHint'),
        },
      ]}
    />
  );
}
