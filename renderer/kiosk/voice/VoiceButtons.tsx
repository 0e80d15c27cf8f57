import { useTranslation } from 'react-i18next';
import { useKioskVoiceStore } from '../../stores/kiosk-voice-store';

/** The visitor's two ways to be heard, on every kiosk screen: rate a visit, report a problem. */
export function VoiceButtons() {
  const { t } = useTranslation();
  const flow = useKioskVoiceStore((s) => s.flow);
  const open = useKioskVoiceStore((s) => s.open);
  return (
    <div className="kiosk-tools__group" role="group" aria-label={t('cases.kiosk.voiceGroup')}>
      <button
        type="button"
        className="kiosk-tools__button"
        aria-pressed={flow === 'rate'}
        onClick={() => {
          open('rate');
        }}
      >
        {t('rating.kiosk.button')}
      </button>
      <button
        type="button"
        className="kiosk-tools__button"
        aria-pressed={flow === 'report'}
        onClick={() => {
          open('report');
        }}
      >
        {t('cases.kiosk.button')}
      </button>
    </div>
  );
}
