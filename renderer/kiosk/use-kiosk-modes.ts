import { useEffect } from 'react';
import { useKioskSettings } from '../stores/kiosk-settings-store';

/**
 * Large text doubles the root font size, so every rem on the page grows, not only the kiosk's;
 * `*` on a keypad toggles the voice guide, the tactile start ACCESSIBILITY.md asks for.
 */
export function useKioskModes(): void {
  const largeText = useKioskSettings((s) => s.largeText);
  const toggle = useKioskSettings((s) => s.toggle);
  useEffect(() => {
    document.documentElement.classList.toggle('kiosk-large-text', largeText);
    return () => {
      document.documentElement.classList.remove('kiosk-large-text');
    };
  }, [largeText]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === '*' && !(event.target instanceof HTMLInputElement)) toggle('speech');
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [toggle]);
}
