import { useTranslation } from 'react-i18next';
import type { CaseStanding } from '../../shared/cases/case-standing';

/** Where a case stands, in words and a colour that is never the only sign. */
export function StandingBadge({ standing }: { standing: CaseStanding }) {
  const { t } = useTranslation();
  return <span className={`case-badge case-badge--${standing}`}>{t(`cases.standing.${standing}`)}</span>;
}
