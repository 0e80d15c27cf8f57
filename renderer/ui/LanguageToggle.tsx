import { useTranslation } from 'react-i18next';
import { asUiLanguage, uiLanguages, type UiLanguage } from '../i18n';

type LanguageToggleProps = {
  size?: 'regular' | 'large';
  /** The languages to offer, in order; every translated one by default. */
  offered?: readonly UiLanguage[];
};

/** Each language is named in itself, so a visitor finds theirs whatever is showing. */
export function LanguageToggle({ size = 'regular', offered = uiLanguages }: LanguageToggleProps) {
  const { t, i18n } = useTranslation();
  const current = asUiLanguage(i18n.language);
  // One language is no choice: the toggle would only take up room.
  if (offered.length < 2) return null;
  return (
    <div className={`language-toggle language-toggle--${size}`} role="group" aria-label={t('language.group')}>
      {offered.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="language-toggle__option"
          aria-pressed={language === current}
          onClick={() => {
            void i18n.changeLanguage(language);
          }}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </div>
  );
}
