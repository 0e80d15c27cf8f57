import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionOverview, RegionOverviewQuery } from '../../shared/contract/region-view';
import { addDays } from '../../shared/time/business-day';
import { regionExportHref } from '../api/region-client';
import { shiftMonth } from './region-text';

type PeriodBarProps = {
  query: RegionOverviewQuery;
  overview: RegionOverview | null;
  onChange: (query: RegionOverviewQuery) => void;
};

/** Day or month, which one, and the files of what is shown. */
export function PeriodBar({ query, overview, onChange }: PeriodBarProps) {
  const { t } = useTranslation();
  const id = useId();
  const day = query.period === 'day' ? query.day : `${query.month}-01`;
  const step = (by: number) =>
    onChange(
      query.period === 'day'
        ? { period: 'day', day: addDays(query.day, by) }
        : { period: 'month', month: shiftMonth(query.month, by) },
    );
  return (
    <div className="region-period">
      <div className="region-period__switch" role="group" aria-label={t('region.period.label')}>
        {(['day', 'month'] as const).map((p) => (
          <button
            key={p}
            type="button"
            className="button"
            aria-pressed={query.period === p}
            onClick={() =>
              onChange(p === 'day' ? { period: 'day', day } : { period: 'month', month: day.slice(0, 7) })
            }
          >
            {t(`region.period.${p}`)}
          </button>
        ))}
      </div>
      <div className="region-period__pick">
        <button
          type="button"
          className="button"
          onClick={() => step(-1)}
          aria-label={t(`region.period.previous.${query.period}`)}
        >
          ‹
        </button>
        <label className="visually-hidden" htmlFor={`${id}-when`}>
          {t(`region.period.pick.${query.period}`)}
        </label>
        {query.period === 'day' ? (
          <input
            id={`${id}-when`}
            className="field__input region-period__input"
            type="date"
            value={query.day}
            required
            onChange={(e) => {
              if (e.target.value) onChange({ period: 'day', day: e.target.value });
            }}
          />
        ) : (
          <input
            id={`${id}-when`}
            className="field__input region-period__input"
            type="month"
            value={query.month}
            required
            onChange={(e) => {
              if (e.target.value) onChange({ period: 'month', month: e.target.value });
            }}
          />
        )}
        <button
          type="button"
          className="button"
          onClick={() => step(1)}
          aria-label={t(`region.period.next.${query.period}`)}
        >
          ›
        </button>
      </div>
      {overview === null ? null : (
        <div className="region-period__files">
          {(['csv', 'xlsx'] as const).map((format) => (
            <a
              key={format}
              className="button"
              href={regionExportHref(overview.period, overview.from, overview.to, format)}
              download
            >
              {t(`region.export.${format}`)}
            </a>
          ))}
        </div>
      )}
    </div>
  );
}
