import { useTranslation } from 'react-i18next';
import type { RegionOffice } from '../../shared/contract/region-view';
import { dayText, momentText } from './region-text';

/** Whether the region still hears from the office, and whether the office keeps its promise. */
export function OfficeStatus({ office }: { office: RegionOffice }) {
  const { t, i18n } = useTranslation();
  const { feed, behind } = office;
  const lang = i18n.language;
  return (
    <div className="region-status">
      {feed.problem === null ? null : (
        <span className="region-badge region-badge--alert">
          {t(`region.problem.${feed.problem.kind}`, { seq: feed.problem.seq ?? '' })}
          <span className="region-badge__since">
            {t('region.since', { moment: momentText(feed.problem.since, lang) })}
          </span>
        </span>
      )}
      {feed.silent && feed.problem?.kind !== 'unreachable' && feed.problem?.kind !== 'tokenRefused' ? (
        <span className="region-badge region-badge--alert">{t('region.silent')}</span>
      ) : null}
      {behind === null ? (
        office.figures === null ? null : (
          <span className="region-badge region-badge--ok">{t('region.keeping')}</span>
        )
      ) : (
        <span className="region-badge region-badge--warn">
          {t(`region.behind.${behind.clock}`)}
          <span className="region-badge__since">
            {t('region.behindSince', { day: dayText(behind.since, lang), count: behind.days })}
          </span>
        </span>
      )}
      <span className="region-status__last">
        {feed.lastEventAt === null
          ? t('region.nothingYet')
          : t('region.lastEvent', { moment: momentText(feed.lastEventAt, lang), seq: feed.lastSeq })}
      </span>
    </div>
  );
}
