import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useScreenSpeech } from './use-screen-speech';

/**
 * "Still there?" over the whole kiosk, which is inert meanwhile. A tap anywhere on it gives more
 * time, on click rather than on touch-down, so the touch ends on the warning and nowhere else.
 */
export function IdleWarning({ seconds, onMore }: { seconds: number; onMore: () => void }) {
  const { t } = useTranslation();
  const moreRef = useRef<HTMLButtonElement>(null);
  useScreenSpeech(`${t('kiosk.idle.title')} ${t('kiosk.idle.more')}`);
  useEffect(() => {
    moreRef.current?.focus();
  }, []);
  return (
    <div
      className="kiosk-idle"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="idle-title"
      aria-describedby="idle-body"
      onClick={onMore}
    >
      <div className="kiosk-idle__box">
        <h2 id="idle-title">{t('kiosk.idle.title')}</h2>
        <p id="idle-body">{t('kiosk.idle.body', { seconds })}</p>
        <button type="button" className="button button--primary button--xl" ref={moreRef}>
          {t('kiosk.idle.more')}
        </button>
      </div>
    </div>
  );
}
