import { useTranslation } from 'react-i18next';
import { useKioskSettings, type KioskMode } from '../stores/kiosk-settings-store';

const modes: readonly KioskMode[] = ['highContrast', 'largeText', 'lowScreen', 'speech'];

export function AccessibilityPanel() {
  const { t } = useTranslation();
  const settings = useKioskSettings();
  return (
    <div id="kiosk-a11y" className="kiosk-a11y" role="group" aria-label={t('kiosk.a11y.group')}>
      {modes.map((mode) => (
        <button
          key={mode}
          type="button"
          className="kiosk-a11y__option"
          aria-pressed={settings[mode]}
          onClick={() => {
            settings.toggle(mode);
          }}
        >
          {t(`kiosk.a11y.${mode}`)}
        </button>
      ))}
    </div>
  );
}
