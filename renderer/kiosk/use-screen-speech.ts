import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { asUiLanguage } from '../i18n';
import { useKioskSettings } from '../stores/kiosk-settings-store';
import { speak } from './speech';

/** Reads a screen aloud when it appears (or its language changes) while the voice guide is on. */
export function useScreenSpeech(text: string): void {
  const { i18n } = useTranslation();
  const speechOn = useKioskSettings((s) => s.speech);
  const remember = useKioskSettings((s) => s.remember);
  const language = asUiLanguage(i18n.language);
  useEffect(() => {
    remember(text);
    if (speechOn) speak(text, language);
  }, [text, language, speechOn, remember]);
}
