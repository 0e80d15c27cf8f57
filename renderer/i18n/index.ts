import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/contract/views';
import en from './en.json';
import ko from './ko.json';
import vi from './vi.json';
import zh from './zh.json';

/** The languages these screens are translated into. */
export const uiLanguages = ['ko', 'en', 'zh', 'vi'] as const satisfies readonly Language[];
export type UiLanguage = (typeof uiLanguages)[number];
export const defaultLanguage: UiLanguage = 'ko';

export const resources = {
  ko: { translation: ko },
  en: { translation: en },
  zh: { translation: zh },
  vi: { translation: vi },
} as const;

export function asUiLanguage(language: string): UiLanguage {
  return (uiLanguages as readonly string[]).includes(language) ? (language as UiLanguage) : defaultLanguage;
}

export function initI18n(): void {
  // Screen readers and the browser's hyphenation and font choice follow <html lang>.
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  void i18next.use(initReactI18next).init({
    resources,
    lng: defaultLanguage,
    fallbackLng: defaultLanguage,
    supportedLngs: uiLanguages,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
}
