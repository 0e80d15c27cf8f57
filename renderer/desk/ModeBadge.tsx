import { useTranslation } from 'react-i18next';
import type { DeskMode } from '../../shared/contract/views';

export function ModeBadge({ mode }: { mode: DeskMode }) {
  const { t } = useTranslation();
  return <span className={`mode-badge mode-badge--${mode}`}>{t(`desk.mode.${mode}`)}</span>;
}
