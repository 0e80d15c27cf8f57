import { useTranslation } from 'react-i18next';
import type { Office } from '../../shared/contract/views';
import type { GroupSummary } from '../../shared/report/summary';
import { shareText, wonText } from './figure-text';
import { waitingNow } from './group-label';

type Tile = { label: string; value: string; note?: string; tone?: 'ok' | 'warn' };

/**
 * The range's headline figures; a missed target says so in words as well as in colour. Who waits
 * now is shown only for a range that reaches today (`live`).
 */
export function SummaryTiles({
  total,
  office,
  live,
}: {
  total: GroupSummary;
  office: Office;
  live: boolean;
}) {
  const { t, i18n } = useTranslation();
  const attendMissed = total.attend.targeted - total.attend.within;
  const tiles: Tile[] = [
    { label: t('manager.figures.visitors'), value: String(total.visitors) },
    ...(live
      ? [{ label: t('manager.figures.waitingNow'), value: String(waitingNow(total, office) ?? 0) }]
      : []),
    { label: t('manager.figures.served'), value: String(total.served) },
    { label: t('manager.figures.noShows'), value: String(total.noShows) },
    {
      label: t('manager.figures.attendWithin'),
      value: shareText(total.attend.withinShare),
      note:
        total.attend.targeted === 0
          ? t('manager.figures.noTargeted')
          : t('manager.figures.breaches', { count: attendMissed }),
      tone: attendMissed > 0 ? 'warn' : 'ok',
    },
    {
      label: t('manager.figures.guideWithin'),
      value: shareText(total.guide.withinShare),
      note:
        total.guide.targeted === 0
          ? t('manager.figures.noTargeted')
          : t('manager.figures.breaches', { count: total.guide.targeted - total.guide.within }),
    },
    { label: t('manager.figures.escorts'), value: String(total.escorts) },
    { label: t('manager.figures.repeatVisits'), value: String(total.repeatVisits) },
    {
      label: t('manager.figures.compensations'),
      value: String(total.compensations),
      note: wonText(total.compensationWon, i18n.language),
    },
  ];
  return (
    <section className="manager-tiles" aria-label={t('manager.dashboard.headline')}>
      <dl className="manager-tiles__list">
        {tiles.map((tile) => (
          <div key={tile.label} className={`manager-tile${tile.tone ? ` manager-tile--${tile.tone}` : ''}`}>
            <dt className="manager-tile__label">{tile.label}</dt>
            <dd className="manager-tile__value">{tile.value}</dd>
            {tile.note === undefined ? null : <dd className="manager-tile__note">{tile.note}</dd>}
          </div>
        ))}
      </dl>
    </section>
  );
}
