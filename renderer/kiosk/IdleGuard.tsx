import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useScreenSpeech } from './use-screen-speech';

/** A visitor who walks away leaves the kiosk for the next one after this long without a touch. */
export const IDLE_RESET_MS = 120_000;
/** The warning comes this long before the reset: ACCESSIBILITY.md asks for at least 20 s. */
export const IDLE_WARNING_MS = 30_000;

function IdleWarning({ seconds, onMore }: { seconds: number; onMore: () => void }) {
  const { t } = useTranslation();
  const moreRef = useRef<HTMLButtonElement>(null);
  useScreenSpeech(`${t('kiosk.idle.title')} ${t('kiosk.idle.more')}`);
  useEffect(() => {
    moreRef.current?.focus();
  }, []);
  return (
    <div className="kiosk-idle" role="alertdialog" aria-modal="true" aria-labelledby="idle-title">
      <div className="kiosk-idle__box">
        <h2 id="idle-title">{t('kiosk.idle.title')}</h2>
        <p>{t('kiosk.idle.body', { seconds })}</p>
        <button type="button" className="button button--primary button--xl" ref={moreRef} onClick={onMore}>
          {t('kiosk.idle.more')}
        </button>
      </div>
    </div>
  );
}

/** Warns, then resets the kiosk when nobody has touched it for a while; any touch or key counts. */
export function IdleGuard({ active, onReset }: { active: boolean; onReset: () => void }) {
  const [deadline, setDeadline] = useState(() => Date.now() + IDLE_RESET_MS);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (!active) return;
    const extend = (): void => {
      setDeadline(Date.now() + IDLE_RESET_MS);
      setNow(Date.now());
    };
    extend();
    const timer = setInterval(() => {
      setNow(Date.now());
    }, 1000);
    window.addEventListener('pointerdown', extend);
    window.addEventListener('keydown', extend);
    return () => {
      clearInterval(timer);
      window.removeEventListener('pointerdown', extend);
      window.removeEventListener('keydown', extend);
    };
  }, [active]);

  const remaining = deadline - now;
  useEffect(() => {
    if (active && remaining <= 0) onReset();
  }, [active, remaining, onReset]);

  if (!active || remaining > IDLE_WARNING_MS || remaining <= 0) return null;
  return (
    <IdleWarning
      seconds={Math.ceil(remaining / 1000)}
      onMore={() => {
        setDeadline(Date.now() + IDLE_RESET_MS);
        setNow(Date.now());
      }}
    />
  );
}
