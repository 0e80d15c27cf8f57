import { useTranslation } from 'react-i18next';
import type { DeskAway } from '../../shared/contract/views';
import { formatTimeOfDay } from '../time/hub-time';
import { AwayIcon } from '../ui/icons';
import { useDeskDirectory } from './use-desk-directory';

type AwayBannerProps = {
  away: DeskAway;
  /** Without a sign-in at this desk the banner only shows. */
  readOnly: boolean;
  busy: boolean;
  onReturn: () => void;
};

/** While the official is away: who serves in their place, since when, and the way back. */
export function AwayBanner({ away, readOnly, busy, onReturn }: AwayBannerProps) {
  const { t, i18n } = useTranslation();
  const directory = useDeskDirectory();
  return (
    <section className="away-banner" aria-labelledby="away-banner-title">
      <AwayIcon className="away-banner__icon" />
      <div className="away-banner__text">
        <h2 id="away-banner-title" className="away-banner__title">
          {t('deskWork.away.banner', { desk: directory.deskName(away.standInDeskId) })}
        </h2>
        <p className="away-banner__meta">
          {t('deskWork.away.since', {
            reason: t(`deskWork.away.reasons.${away.reason}`),
            time: formatTimeOfDay(away.since, i18n.language),
          })}
        </p>
      </div>
      {readOnly ? null : (
        <button
          type="button"
          className="button button--primary button--large away-banner__return"
          disabled={busy}
          onClick={onReturn}
        >
          {t('deskWork.away.return')}
        </button>
      )}
    </section>
  );
}
