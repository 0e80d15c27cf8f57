import { useTranslation } from 'react-i18next';
import type { ClockState } from '../../shared/visit/clocks';
import { AlertIcon, CheckIcon, WarningIcon } from '../ui/icons';

/** A clock's state in words and a shape, never in colour alone. */
export function ClockVerdict({ state }: { state: ClockState | null }) {
  const { t } = useTranslation();
  if (state === null) return <span className="verdict verdict--none">{t('desk.clock.none')}</span>;
  const Icon = state === 'within' ? CheckIcon : state === 'warning' ? WarningIcon : AlertIcon;
  return (
    <span className={`verdict verdict--${state}`}>
      <Icon />
      {t(`desk.clock.${state}`)}
    </span>
  );
}
