import '../styles/cases.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Office } from '../../shared/contract/views';
import { businessDay } from '../../shared/time/business-day';
import { useHubNow } from '../hooks/use-hub-now';
import { useManagerSummary } from '../hooks/use-manager-summary';
import { hourBars } from '../stores/manager-day-chart';
import { useManagerSummaryStore } from '../stores/manager-summary-store';
import { useOfficeStore } from '../stores/office-store';
import { LoadState } from '../ui/LoadState';
import { CaseAlerts } from './CaseAlerts';
import { ClockTable } from './ClockTable';
import { DayChart } from './DayChart';
import { EscortTimes } from './EscortTimes';
import { departmentRows } from './group-label';
import { GroupTable } from './GroupTable';
import { SatisfactionTable } from './SatisfactionTable';
import { SummaryTiles } from './SummaryTiles';

/** Today at a glance: did the office keep the charter's promises, and where not. */
export function Dashboard({ office }: { office: Office }) {
  const { t } = useTranslation();
  const offset = useOfficeStore((s) => s.offset);
  const now = useHubNow(offset, 60_000);
  const day = businessDay(now);
  useManagerSummary(day);
  const summary = useManagerSummaryStore((s) => s.summary);
  const loadError = useManagerSummaryStore((s) => s.loadError);
  const load = useManagerSummaryStore((s) => s.load);
  const charter = office.charter;
  const bars = useMemo(() => (summary === null ? null : hourBars(summary)), [summary]);

  return (
    <div className="manager-dashboard">
      <div className="page-heading">
        <h1>{t('manager.dashboard.title')}</h1>
        <p className="page-heading__lead">{t('manager.dashboard.lead', { day })}</p>
      </div>
      {summary === null ? (
        <LoadState error={loadError} onRetry={() => void load(day)} />
      ) : (
        <>
          <CaseAlerts office={office} now={now} />
          <SummaryTiles total={summary.total} office={office} />
          <ClockTable total={summary.total} charter={charter} />
          <EscortTimes day={summary.escortDays.find((d) => d.day === day) ?? null} />
          {bars === null ? null : <DayChart bars={bars} />}
          <GroupTable
            title={t('manager.dashboard.byDepartment')}
            groups={departmentRows(summary.departments, office)}
            office={office}
            withWaiting
          />
          <GroupTable title={t('manager.dashboard.byDesk')} groups={summary.desks} office={office} />
          <SatisfactionTable
            total={summary.total}
            departments={summary.departments}
            desks={summary.desks}
            office={office}
          />
        </>
      )}
    </div>
  );
}
