import '../styles/cases.css';
import '../styles/month.css';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Office } from '../../shared/contract/views';
import { daysInRange } from '../../shared/contract/reports';
import { monthToDate, rangeProblem, type DayRange } from '../../shared/report/date-ranges';
import { businessDay } from '../../shared/time/business-day';
import { useHubNow } from '../hooks/use-hub-now';
import { useManagerSummary } from '../hooks/use-manager-summary';
import { useOfficeName } from '../hooks/use-office-name';
import { hourBars } from '../stores/manager-day-chart';
import { useManagerSummaryStore } from '../stores/manager-summary-store';
import { useOfficeStore } from '../stores/office-store';
import { formatTimeOfDay } from '../time/hub-time';
import { LoadState } from '../ui/LoadState';
import { CaseAlerts } from './CaseAlerts';
import { ClockTable } from './ClockTable';
import { DayChart } from './DayChart';
import { DayTable } from './DayTable';
import { EscortTimes } from './EscortTimes';
import { departmentRows } from './group-label';
import { GroupTable } from './GroupTable';
import { RangePicker } from './RangePicker';
import { SatisfactionTable } from './SatisfactionTable';
import { SummaryTiles } from './SummaryTiles';

/** The range in the address (`?from=…&to=…`), so a printed or bookmarked view reads the same days. */
function useRange(today: string): [DayRange, (range: DayRange) => void] {
  const [params, setParams] = useSearchParams();
  const fallback = monthToDate(today);
  const range = { from: params.get('from') ?? fallback.from, to: params.get('to') ?? fallback.to };
  return [
    range,
    (next) => {
      setParams({ from: next.from, to: next.to }, { replace: true });
    },
  ];
}

/**
 * Did the office keep the charter's promises, day by day, over any range of days (the month so
 * far unless the manager picks another), and what needs the manager today.
 */
export function Dashboard({ office }: { office: Office }) {
  const { t, i18n } = useTranslation();
  const offset = useOfficeStore((s) => s.offset);
  const now = useHubNow(offset, 60_000);
  const today = businessDay(now);
  const officeName = useOfficeName();
  const [range, setRange] = useRange(today);
  const valid = rangeProblem(range) === null;
  // Only a range that reaches today can change; a past month is read once.
  const live = range.to >= today;
  const shown = valid ? range : monthToDate(today);
  useManagerSummary(shown, live);
  const stored = useManagerSummaryStore((s) => s.summary);
  const summary = stored !== null && stored.from === shown.from && stored.to === shown.to ? stored : null;
  const loadError = useManagerSummaryStore((s) => s.loadError);
  const load = useManagerSummaryStore((s) => s.load);
  const charter = office.charter;
  const bars = useMemo(() => (summary === null ? null : hourBars(summary)), [summary]);
  const oneDay = shown.from === shown.to;
  const period = oneDay ? shown.from : `${shown.from} ~ ${shown.to}`;

  return (
    <div className="manager-dashboard">
      <div className="page-heading month-heading">
        <div>
          <h1>{t('month.title')}</h1>
          <p className="page-heading__lead">
            {oneDay
              ? t('month.leadDay', { day: shown.from })
              : t('month.lead', { period, days: daysInRange(shown.from, shown.to) })}
            <span className="print-hide"> · {live ? t('month.live') : t('month.settled')}</span>
          </p>
          <p className="print-only month-heading__printed">
            {t('month.print.printed', {
              office: officeName,
              at: `${today} ${formatTimeOfDay(now, i18n.language)}`,
            })}
          </p>
        </div>
        <button
          type="button"
          className="button button--secondary print-hide"
          disabled={summary === null}
          onClick={() => {
            window.print();
          }}
        >
          {t('month.print.button')}
        </button>
      </div>
      <RangePicker range={range} today={today} onChange={setRange} />
      {summary === null ? (
        <LoadState error={loadError} onRetry={() => void load(shown, live)} />
      ) : (
        <>
          {live ? (
            <div className="print-hide">
              <CaseAlerts office={office} now={now} />
            </div>
          ) : null}
          <SummaryTiles total={summary.total} office={office} live={live} />
          <ClockTable total={summary.total} charter={charter} />
          {oneDay ? null : <DayTable days={summary.days} total={summary.total} />}
          <GroupTable
            title={t('manager.dashboard.byDepartment')}
            groups={departmentRows(summary.departments, office)}
            office={office}
            withWaiting={live}
          />
          {summary.staff === null ? null : (
            <GroupTable
              title={t('month.staff.title')}
              lead={t('month.staff.lead')}
              groups={summary.staff}
              office={office}
            />
          )}
          <div className="print-hide">
            {live ? <EscortTimes day={summary.escortDays.find((d) => d.day === today) ?? null} /> : null}
            {bars === null ? null : <DayChart bars={bars} />}
            <GroupTable title={t('manager.dashboard.byDesk')} groups={summary.desks} office={office} />
            <SatisfactionTable
              total={summary.total}
              departments={summary.departments}
              desks={summary.desks}
              office={office}
            />
          </div>
        </>
      )}
    </div>
  );
}
