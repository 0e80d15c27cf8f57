import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { asUiLanguage, defaultLanguage, type UiLanguage } from '../i18n';

/** A language the manager stops offering leaves the kiosk at once, back to Korean. */
export function useOfferedLanguage(offered: readonly UiLanguage[]): void {
  const { i18n } = useTranslation();
  const current = asUiLanguage(i18n.language);
  useEffect(() => {
    if (!offered.includes(current)) void i18n.changeLanguage(defaultLanguage);
  }, [i18n, offered, current]);
}
