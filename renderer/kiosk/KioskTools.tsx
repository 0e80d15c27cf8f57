import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asUiLanguage } from '../i18n';
import { useKioskSettings } from '../stores/kiosk-settings-store';
import { AccessibilityPanel } from './AccessibilityPanel';
import { CallStaffDialog } from './CallStaffDialog';
import { speak } from './speech';
import { VoiceButtons } from './voice/VoiceButtons';

/** The controls every kiosk screen carries: accessibility settings, replay and a call for help. */
export function KioskTools() {
  const { t, i18n } = useTranslation();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  const lastSpeech = useKioskSettings((s) => s.lastSpeech);
  return (
    <div className="kiosk-tools">
      <div className="kiosk-tools__row">
        <button
          type="button"
          className="kiosk-tools__button"
          aria-expanded={settingsOpen}
          aria-controls="kiosk-a11y"
          onClick={() => {
            setSettingsOpen(!settingsOpen);
          }}
        >
          {t('kiosk.a11y.button')}
        </button>
        <button
          type="button"
          className="kiosk-tools__button"
          onClick={() => {
            speak(lastSpeech, asUiLanguage(i18n.language));
          }}
        >
          {t('kiosk.a11y.replay')}
        </button>
        <button
          type="button"
          className="kiosk-tools__button kiosk-tools__button--help"
          onClick={() => {
            setHelpOpen(true);
          }}
        >
          {t('kiosk.callStaff.button')}
        </button>
        <VoiceButtons />
      </div>
      {settingsOpen ? <AccessibilityPanel /> : null}
      {helpOpen ? (
        <CallStaffDialog
          onClose={() => {
            setHelpOpen(false);
          }}
        />
      ) : null}
    </div>
  );
}
