import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Office } from '../../shared/contract/views';
import { addDays, businessDay } from '../../shared/time/business-day';
import { countOpenCases } from '../cases/case-order';
import { useHubStream } from '../hooks/use-hub-stream';
import { useManagerCasesStore } from '../stores/manager-cases-store';
import { useOfficeStore } from '../stores/office-store';

/** On the dashboard: cases past their deadline or due today, and officials at the charter's count. */
export function CaseAlerts({ office, now }: { office: Office; now: number }) {
  const { t } = useTranslation();
  const list = useManagerCasesStore((s) => s.list);
  const range = useManagerCasesStore((s) => s.range);
  const load = useManagerCasesStore((s) => s.load);
  const onEvent = useManagerCasesStore((s) => s.onEvent);
  const snapshotSeq = useOfficeStore((s) => s.snapshotSeq);
  useHubStream(snapshotSeq, onEvent);
  const today = businessDay(office.now);
  useEffect(() => {
    // Open cases come whatever the range; a week back adds the recently answered.
    if (range === null) void load({ from: addDays(today, -7), to: today });
  }, [range, load, today]);
  const counts = useMemo(() => countOpenCases(list?.cases ?? [], now), [list, now]);
  const flagged = list?.unkindness.filter((u) => u.flagged).length ?? 0;
  if (list === null) return null;
  const calm = counts.overdue === 0 && counts.dueToday === 0 && flagged === 0;
  return (
    <section
      className={`case-alerts${calm ? '' : ' case-alerts--attention'}`}
      aria-labelledby="case-alerts-title"
    >
      <h2 id="case-alerts-title" className="case-alerts__title">
        {t('cases.alerts.title')}
      </h2>
      <p className="case-alerts__text">
        {calm
          ? t('cases.alerts.calm', { count: counts.open })
          : [
              counts.overdue > 0 ? t('cases.alerts.overdue', { count: counts.overdue }) : null,
              counts.dueToday > 0 ? t('cases.alerts.dueToday', { count: counts.dueToday }) : null,
              flagged > 0 ? t('cases.alerts.flagged', { count: flagged }) : null,
            ]
              .filter(Boolean)
              .join(' · ')}
      </p>
      <Link to="/manager/cases" className="button button--secondary">
        {t('cases.alerts.open')}
      </Link>
    </section>
  );
}
