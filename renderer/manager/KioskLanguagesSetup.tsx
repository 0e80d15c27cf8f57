import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languages, type Language, type Office } from '../../shared/contract/views';
import { CommandOutcome } from './CommandOutcome';
import { useManagerCommand } from './use-manager-command';

/** Which languages the kiosk offers; Korean is always one of them, and first. */
export function KioskLanguagesSetup({ office }: { office: Office }) {
  const { t } = useTranslation();
  const id = useId();
  const [chosen, setChosen] = useState<readonly Language[]>(office.kioskLanguages);
  const command = useManagerCommand();
  const toggle = (language: Language, on: boolean) => {
    // Kept in the app's own order, so the kiosk's buttons never shuffle.
    setChosen(languages.filter((l) => (l === language ? on : chosen.includes(l))));
  };

  return (
    <section className="panel manager-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="panel__title">
        {t('manager.kioskLanguages.title')}
      </h2>
      <p className="manager-section__lead">{t('manager.kioskLanguages.lead')}</p>
      <form
        className="manager-form"
        onSubmit={(event) => {
          event.preventDefault();
          void command.run('setKioskLanguages', { languages: [...chosen] });
        }}
      >
        <fieldset className="manager-choice manager-choice--languages">
          <legend className="visually-hidden">{t('manager.kioskLanguages.title')}</legend>
          {languages.map((language) => (
            <label key={language} className="manager-choice__option">
              <input
                type="checkbox"
                checked={chosen.includes(language)}
                disabled={language === 'ko'}
                onChange={(event) => {
                  toggle(language, event.target.checked);
                }}
              />
              <span>
                <strong lang={language}>{t(`language.${language}`)}</strong>
                {language === 'ko' ? (
                  <span className="manager-choice__hint">{t('manager.kioskLanguages.always')}</span>
                ) : null}
              </span>
            </label>
          ))}
        </fieldset>
        <div className="manager-form__actions">
          <button type="submit" className="button button--primary" disabled={command.pending}>
            {t('manager.kioskLanguages.save')}
          </button>
        </div>
      </form>
      <CommandOutcome done={command.done} doneText={t('manager.setup.saved')} error={command.error} />
    </section>
  );
}
