import { useTranslation } from 'react-i18next';
import { useHubNow } from '../hooks/use-hub-now';
import { formatTimeOfDay } from '../time/hub-time';

/** The hub's time of day; its own component so the second tick re-renders nothing else. */
export function DisplayClock({ offset }: { offset: number }) {
  const { i18n } = useTranslation();
  const now = useHubNow(offset, 1000);
  return <p className="display-clock">{formatTimeOfDay(now, i18n.language)}</p>;
}
