import { useTranslation } from 'react-i18next';
import type { DeskFigures } from '../../shared/contract/views';
import { formatDuration } from '../../shared/time/duration';

type Figure = { key: string; label: string; value: string; alert?: boolean };

/** The desk's own day at a glance: what it served and how fast it attended. */
export function DeskFiguresStrip({ figures }: { figures: DeskFigures }) {
  const { t } = useTranslation();
  const duration = (ms: number | null): string =>
    ms === null ? t('deskWork.figures.noTime') : formatDuration(ms);
  const items: Figure[] = [
    { key: 'served', label: t('deskWork.figures.served'), value: String(figures.served) },
    { key: 'noShows', label: t('deskWork.figures.noShows'), value: String(figures.noShows) },
    { key: 'acknowledged', label: t('deskWork.figures.acknowledged'), value: String(figures.acknowledged) },
    { key: 'median', label: t('deskWork.figures.median'), value: duration(figures.medianAttendMs) },
    { key: 'worst', label: t('deskWork.figures.worst'), value: duration(figures.worstAttendMs) },
    {
      key: 'breaches',
      label: t('deskWork.figures.breaches'),
      value: String(figures.breaches),
      alert: figures.breaches > 0,
    },
  ];
  return (
    <section className="figures" aria-labelledby="figures-heading">
      <h2 id="figures-heading" className="figures__title">
        {t('deskWork.figures.heading')}
      </h2>
      <dl className="figures__list">
        {items.map((item) => (
          <div key={item.key} className={item.alert ? 'figure figure--alert' : 'figure'}>
            <dt className="figure__label">{item.label}</dt>
            <dd className="figure__value">{item.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
