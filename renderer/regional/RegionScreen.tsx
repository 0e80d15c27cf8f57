import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../hooks/use-document-title';
import { useRegionStore } from '../stores/region-store';
import { LoadState } from '../ui/LoadState';
import { TopBar } from '../ui/TopBar';
import { OfficeTable } from './OfficeTable';
import { PeriodBar } from './PeriodBar';
import { dayText, monthText } from './region-text';

/** The region's offices side by side, for a day or a month: figures, promises kept, and who is silent. */
export function RegionScreen() {
  const { t, i18n } = useTranslation();
  const query = useRegionStore((s) => s.query);
  const overview = useRegionStore((s) => s.overview);
  const loadError = useRegionStore((s) => s.loadError);
  const load = useRegionStore((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);
  useDocumentTitle(t('region.docTitle'));

  const behind = overview?.offices.filter((o) => o.behind !== null).length ?? 0;
  const silent = overview?.offices.filter((o) => o.feed.problem !== null || o.feed.silent).length ?? 0;
  return (
    <div className="page page--region">
      <TopBar office={t('region.title')} live={false} />
      <main className="page__main region">
        <div className="page-heading">
          <h1>{t('region.heading')}</h1>
          {overview === null ? null : (
            <p className="page-heading__lead">
              {overview.period === 'day'
                ? dayText(overview.from, i18n.language)
                : monthText(overview.from.slice(0, 7), i18n.language)}
              {' · '}
              {t('region.summary', {
                offices: overview.offices.length,
                behind,
                silent,
                bar: Math.round(overview.bar * 100),
              })}
            </p>
          )}
        </div>
        {query === null ? null : (
          <PeriodBar query={query} overview={overview} onChange={(q) => void load(q)} />
        )}
        {overview === null || loadError !== null ? (
          <LoadState error={loadError} onRetry={() => void load()} />
        ) : overview.offices.length === 0 ? (
          <p className="manager-empty">{t('region.noOffices')}</p>
        ) : (
          <section className="panel manager-section" aria-label={t('region.tableCaption')}>
            <OfficeTable offices={overview.offices} />
            <p className="region-note">{t('region.note', { bar: Math.round(overview.bar * 100) })}</p>
          </section>
        )}
      </main>
    </div>
  );
}
