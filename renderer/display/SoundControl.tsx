import { SpeakerIcon } from './display-icons';
import { useSecondLanguage } from './use-second-language';

type SoundControlProps = { soundOn: boolean; onEnable: () => void };

/**
 * Browsers keep a page silent until someone touches it, so a freshly started display asks once
 * for a tap; after that every call is chimed and spoken until the page is reloaded.
 */
export function SoundControl({ soundOn, onEnable }: SoundControlProps) {
  const { t, second, secondLanguage } = useSecondLanguage();
  if (soundOn) {
    return (
      <p className="sound-on">
        <SpeakerIcon />
        {t('display.soundOn')}
      </p>
    );
  }
  return (
    <div className="sound-ask">
      <button type="button" className="sound-button" onClick={onEnable} aria-describedby="display-sound-hint">
        <SpeakerIcon />
        {t('display.enableSound')}
        <span className="sound-button__second" lang={secondLanguage}>
          {second('display.enableSound')}
        </span>
      </button>
      <p id="display-sound-hint" className="sound-ask__hint">
        {t('display.enableSoundHint')}
      </p>
    </div>
  );
}
