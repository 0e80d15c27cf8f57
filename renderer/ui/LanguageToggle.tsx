import { useTranslation } from 'react-i18next';
import { asUiLanguage, uiLanguages } from '../i18n';

type LanguageToggleProps = { size?: 'regular' | 'large' };

/** Each language is named in itself, so a visitor finds theirs whatever is showing. */
export function LanguageToggle({ size = 'regular' }: LanguageToggleProps) {
  const { t, i18n } = useTranslation();
  const current = asUiLanguage(i18n.language);
  return (
    <div className={`language-toggle language-toggle--${size}`} role="group" aria-label={t('language.group')}>
      {uiLanguages.map((language) => (
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
