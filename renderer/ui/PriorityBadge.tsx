import '../styles/priority.css';
import { useTranslation } from 'react-i18next';
import type { PriorityNeed } from '../../shared/queue/priority-rule';
import { Svg } from './icons';

/** A heart held in a hand: 배려, drawn beside the words, never instead of them. */
export function PriorityIcon({ className }: { className?: string }) {
  return (
    <Svg {...(className ? { className } : {})}>
      <path d="M12 11.2c-1.6-2.4-5-1.6-5 .9 0 2 2.6 3.6 5 5.4 2.4-1.8 5-3.4 5-5.4 0-2.5-3.4-3.3-5-.9Z" />
      <path d="M3 15.5c1.2 0 2.2.5 3 1.3l2.4 2.4c.6.6 1.4.8 2.2.8H21" />
      <path d="M3 5.5v0M12 3.5v1.5M7 5l1 1M17 5l-1 1" />
    </Svg>
  );
}

/**
 * Marks a priority ticket. Staff screens name the need; lobby screens know only that there is one
 * (`need` null), which is all they may show.
 */
export function PriorityBadge({
  need,
  label,
  className,
}: {
  need: PriorityNeed | null;
  /** Words other than the usual "배려", such as the kiosk's "배려 번호표". */
  label?: string;
  className?: string;
}) {
  const { t } = useTranslation();
  const text =
    label ??
    (need === null ? t('priority.flag') : t('priority.deskFlag', { need: t(`priority.short.${need}`) }));
  return (
    <span className={`priority-badge${className ? ` ${className}` : ''}`}>
      <PriorityIcon />
      {text}
    </span>
  );
}
