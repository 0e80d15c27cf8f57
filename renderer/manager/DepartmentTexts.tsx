import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../shared/contract/views';
import { departmentField, type DepartmentText } from '../../shared/office/office-texts';
import type { DepartmentDraft } from './department-draft';
import { MissingMark } from './MissingMark';

type DepartmentTextsProps = {
  idPrefix: string;
  draft: DepartmentDraft;
  /** The languages the kiosk offers: an empty text in one of them is a missing translation. */
  offered: readonly Language[];
  onChange: (patch: Partial<DepartmentDraft>) => void;
};

const columns: { text: DepartmentText; max: (language: Language) => number }[] = [
  { text: 'name', max: () => 80 },
  { text: 'floor', max: (language) => (language === 'ko' ? 20 : 40) },
  { text: 'location', max: () => 200 },
];

/** A department's name, floor and way there, one row per kiosk language. */
export function DepartmentTexts({ idPrefix, draft, offered, onChange }: DepartmentTextsProps) {
  const { t } = useTranslation();
  const label = (text: DepartmentText, language: Language): string =>
    t('manager.departments.editor.inLanguage', {
      field: t(`manager.departments.editor.texts.${text}`),
      language: t(`manager.departments.editor.languageNames.${language}`),
    });
  return (
    <fieldset className="manager-texts">
      <legend className="manager-subtitle">{t('manager.departments.editor.texts.title')}</legend>
      <p className="manager-section__hint">{t('manager.departments.editor.texts.lead')}</p>
      <table className="manager-table manager-table--compact manager-texts__table">
        <thead>
          <tr>
            <th scope="col">{t('manager.departments.editor.texts.language')}</th>
            {columns.map(({ text }) => (
              <th key={text} scope="col">
                {t(`manager.departments.editor.texts.${text}`)}
                {text === 'floor' ? (
                  <span className="manager-table__sub">{t('manager.departments.editor.floorHint')}</span>
                ) : text === 'location' ? (
                  <span className="manager-table__sub">{t('manager.departments.editor.locationHint')}</span>
                ) : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {languages.map((language) => (
            <tr key={language}>
              <th scope="row" lang={language === 'ko' ? undefined : language}>
                {t(`manager.departments.editor.languageNames.${language}`)}
                {offered.includes(language) ? null : (
                  <span className="manager-table__sub">
                    {t('manager.departments.editor.texts.notOffered')}
                  </span>
                )}
              </th>
              {columns.map(({ text, max }) => {
                const field = departmentField(text, language);
                const korean = draft[departmentField(text, 'ko')];
                const english = draft[departmentField(text, 'en')];
                const missing =
                  offered.includes(language) && korean.trim() !== '' && draft[field].trim() === '';
                const id = `${idPrefix}-${field}`;
                return (
                  <td key={text}>
                    <input
                      id={id}
                      className={`field__input${missing ? ' field__input--missing' : ''}`}
                      aria-label={label(text, language)}
                      aria-describedby={missing ? `${id}-missing` : undefined}
                      lang={language === 'ko' ? undefined : language}
                      value={draft[field]}
                      maxLength={max(language)}
                      required={text === 'name' && (language === 'ko' || language === 'en')}
                      onChange={(event) => {
                        onChange({ [field]: event.target.value });
                      }}
                    />
                    {missing ? (
                      <MissingMark
                        id={`${id}-missing`}
                        shownInstead={language !== 'en' && english.trim() !== '' ? 'en' : 'ko'}
                      />
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
}
