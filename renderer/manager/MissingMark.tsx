import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/contract/views';

/** Says a translation is missing and which language the kiosk shows instead. */
export function MissingMark({ id, shownInstead }: { id: string; shownInstead: Language }) {
  const { t } = useTranslation();
  return (
    <span id={id} className="manager-missing">
      {t('manager.departments.editor.missing', {
        shown: t(`manager.departments.editor.languageNames.${shownInstead}`),
      })}
    </span>
  );
}
