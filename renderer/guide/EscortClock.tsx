import { useTranslation } from 'react-i18next';
import type { EscortRequest } from '../../shared/contract/views';
import { formatDuration } from '../../shared/time/duration';

/** The open request's running clock: how long the visitor has waited since asking. */
export function EscortClock({ request, now }: { request: EscortRequest; now: number }) {
  const { t } = useTranslation();
  return (
    <div className={`escort-clock escort-clock--${request.status}`}>
      <span className="escort-clock__label">{t('guide.sinceRequest')}</span>
      <span className="escort-clock__time" role="timer">
        {formatDuration(now - request.requestedAt)}
      </span>
      <span className="escort-clock__status">
        {t(`guide.status.${request.status === 'requested' ? 'requested' : 'accepted'}`)}
      </span>
    </div>
  );
}
