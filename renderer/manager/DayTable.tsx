import { useTranslation } from 'react-i18next';
import type { GroupSummary } from '../../shared/report/summary';
import { durationText, shareText } from './figure-text';

type DayTableProps = { days: GroupSummary[]; total: GroupSummary };

/** The weekday of a YYYY-MM-DD day in the screen's language ("월", "Mon"). */
function weekday(day: string, language: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString(language, { weekday: 'short', timeZone: 'UTC' });
}

/** Visits whose clock missed its target, either clock: a day with any stands out. */
const missed = (g: GroupSummary) => g.attend.targeted - g.attend.within + (g.guide.targeted - g.guide.within);

/**
 * The range day by day, with the charter's two clocks for each day and the range's total last,
 * so a month reads as the office's calendar. Days without a visit (weekends, holidays) are left out.
 */
export function DayTable({ days, total }: DayTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <section className="panel manager-section print-keep" aria-labelledby="month-days">
      <div className="manager-section__head">
        <h2 id="month-days" className="panel__title">
          {t('month.days.title')}
        </h2>
      </div>
      {days.length === 0 ? (
        <p className="manager-empty">{t('manager.dashboard.noVisits')}</p>
      ) : (
        <div className="manager-table-wrap">
          <table className="manager-table manager-table--compact manager-table--days">
            <thead>
              <tr>
                <th scope="col">{t('month.days.day')}</th>
                <th scope="col" className="num">
                  {t('manager.figures.visitors')}
                </th>
                <th scope="col" className="num">
                  {t('manager.figures.served')}
                </th>
                <th scope="col" className="num">
                  {t('manager.figures.noShows')}
                </th>
                <th scope="col" className="num">
                  {t('manager.table.attendMedian')}
                </th>
                <th scope="col" className="num">
                  {t('manager.table.attendP90')}
                </th>
                <th scope="col" className="num">
                  {t('manager.table.attendWithin')}
                </th>
                <th scope="col" className="num">
                  {t('manager.table.guideMedian')}
                </th>
                <th scope="col" className="num">
                  {t('manager.table.guideWithin')}
                </th>
                <th scope="col" className="num">
                  {t('month.days.missed')}
                </th>
                <th scope="col" className="num">
                  {t('manager.figures.compensations')}
                </th>
              </tr>
            </thead>
            <tbody>
              {days.map((g) => (
                <DayRow key={g.key} group={g} label={`${g.labelKo} (${weekday(g.labelKo, i18n.language)})`} />
              ))}
            </tbody>
            <tfoot>
              <DayRow group={total} label={t('month.days.total')} />
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}

function DayRow({ group: g, label }: { group: GroupSummary; label: string }) {
  const misses = missed(g);
  return (
    <tr>
      <th scope="row">{label}</th>
      <td className="num">{g.visitors}</td>
      <td className="num">{g.served}</td>
      <td className="num">{g.noShows}</td>
      <td className="num">{durationText(g.attend.medianMs)}</td>
      <td className="num">{durationText(g.attend.p90Ms)}</td>
      <td className="num">{shareText(g.attend.withinShare)}</td>
      <td className="num">{durationText(g.guide.medianMs)}</td>
      <td className="num">{shareText(g.guide.withinShare)}</td>
      <td className={misses > 0 ? 'num num--missed' : 'num'}>{misses}</td>
      <td className="num">{g.compensations}</td>
    </tr>
  );
}
