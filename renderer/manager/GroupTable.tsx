import { useTranslation } from 'react-i18next';
import type { Office } from '../../shared/contract/views';
import type { GroupSummary } from '../../shared/report/summary';
import { durationText, NO_FIGURE, shareText } from './figure-text';
import { groupLabel, waitingNow } from './group-label';

type GroupTableProps = {
  title: string;
  lead?: string;
  groups: GroupSummary[];
  office: Office;
  withWaiting?: boolean;
};

/**
 * One row per department or desk, the same columns as the headline so rows add up to it: every
 * visitor of a finished day was served, absent, transferred on, or closed at the day's end.
 */
export function GroupTable({ title, lead, groups, office, withWaiting = false }: GroupTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <section className="panel manager-section print-keep" aria-label={title}>
      <h2 className="panel__title">{title}</h2>
      {lead === undefined ? null : <p className="manager-section__lead">{lead}</p>}
      {groups.length === 0 ? (
        <p className="manager-empty">{t('manager.dashboard.noVisits')}</p>
      ) : (
        <div className="manager-table-wrap">
          <table className="manager-table">
            <thead>
              <tr>
                <th scope="col">{t('manager.table.name')}</th>
                <th scope="col" className="num">
                  {t('manager.figures.visitors')}
                </th>
                {withWaiting ? (
                  <th scope="col" className="num">
                    {t('manager.figures.waitingNow')}
                  </th>
                ) : null}
                <th scope="col" className="num">
                  {t('manager.figures.served')}
                </th>
                <th scope="col" className="num">
                  {t('manager.figures.noShows')}
                </th>
                <th scope="col" className="num">
                  {t('visitOutcomes.transferred')}
                </th>
                <th scope="col" className="num">
                  {t('visitOutcomes.closedAtDayEnd')}
                </th>
                <th scope="col" className="num">
                  {t('manager.table.attendMedian')}
                </th>
                <th scope="col" className="num">
                  {t('manager.table.attendP90')}
                </th>
                <th scope="col" className="num">
                  {t('manager.table.attendWorst')}
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
                  {t('manager.figures.escorts')}
                </th>
                <th scope="col" className="num">
                  {t('manager.figures.repeatVisits')}
                </th>
                <th scope="col" className="num">
                  {t('manager.figures.compensations')}
                </th>
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => (
                <tr key={g.key}>
                  <th scope="row">{groupLabel(g, office, i18n.language)}</th>
                  <td className="num">{g.visitors}</td>
                  {withWaiting ? <td className="num">{waitingNow(g, office) ?? NO_FIGURE}</td> : null}
                  <td className="num">{g.served}</td>
                  <td className="num">{g.noShows}</td>
                  <td className="num">{g.transferred}</td>
                  <td className="num">{g.closedAtDayEnd}</td>
                  <td className="num">{durationText(g.attend.medianMs)}</td>
                  <td className="num">{durationText(g.attend.p90Ms)}</td>
                  <td className="num">{durationText(g.attend.worstMs)}</td>
                  <td className="num">{shareText(g.attend.withinShare)}</td>
                  <td className="num">{durationText(g.guide.medianMs)}</td>
                  <td className="num">{shareText(g.guide.withinShare)}</td>
                  <td className="num">{g.escorts}</td>
                  <td className="num">{g.repeatVisits}</td>
                  <td className="num">{g.compensations}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
