import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { asUiLanguage, type UiLanguage } from '../i18n';

/**
 * The wall is read by everyone in the room, so each label also appears in the other language:
 * English under Korean, or Korean under English.
 */
export function useSecondLanguage(): {
  t: TFunction;
  language: UiLanguage;
  second: TFunction;
  secondLanguage: UiLanguage;
} {
  const { t, i18n } = useTranslation();
  const language = asUiLanguage(i18n.language);
  const secondLanguage: UiLanguage = language === 'ko' ? 'en' : 'ko';
  return { t, language, second: i18n.getFixedT(secondLanguage), secondLanguage };
}
