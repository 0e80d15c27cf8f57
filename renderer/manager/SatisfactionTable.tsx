import { useTranslation } from 'react-i18next';
import type { Office } from '../../shared/contract/views';
import type { GroupSummary } from '../../shared/report/summary';
import { ratingScores, summarizeRatings } from '../../shared/satisfaction/rating';
import { NO_FIGURE, shareText } from './figure-text';
import { groupLabel } from './group-label';

type SatisfactionTableProps = {
  total: GroupSummary;
  departments: GroupSummary[];
  desks: GroupSummary[];
  office: Office;
};

/**
 * 고객 만족도: how many of the visits served were rated, and how, per department and desk — what
 * 목포시 and 밀양시 publish. Ratings are anonymous; no row names a visitor.
 */
export function SatisfactionTable({ total, departments, desks, office }: SatisfactionTableProps) {
  const { t, i18n } = useTranslation();
  const overall = summarizeRatings(total.ratings, total.served);
  const rows = [...departments, ...desks].filter((g) => g.served > 0);
  return (
    <section className="panel manager-section" aria-labelledby="satisfaction-title">
      <h2 id="satisfaction-title" className="panel__title">
        {t('rating.manager.title')}
      </h2>
      <p className="manager-section__lead">
        {t('rating.manager.lead', {
          rated: overall.rated,
          served: overall.served,
          share: shareText(overall.ratedShare),
        })}
      </p>
      {rows.length === 0 ? (
        <p className="manager-empty">{t('manager.dashboard.noVisits')}</p>
      ) : (
        <div className="manager-table-wrap">
          <table className="manager-table satisfaction-table">
            <thead>
              <tr>
                <th scope="col">{t('manager.table.name')}</th>
                <th scope="col" className="num">
                  {t('rating.manager.ratedOfServed')}
                </th>
                <th scope="col" className="num">
                  {t('rating.manager.average')}
                </th>
                <th scope="col" className="num">
                  {t('rating.manager.satisfied')}
                </th>
                <th scope="col">{t('rating.manager.spread')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((g) => {
                const s = summarizeRatings(g.ratings, g.served);
                return (
                  <tr key={g.key}>
                    <th scope="row">{groupLabel(g, office, i18n.language)}</th>
                    <td className="num">
                      {t('rating.manager.ofServed', { rated: s.rated, served: s.served })}
                    </td>
                    <td className="num">{s.average === null ? NO_FIGURE : s.average.toFixed(1)}</td>
                    <td className="num">{shareText(s.satisfiedShare)}</td>
                    <td>
                      <RatingSpread counts={s.counts} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The count per face, best first, in words a screen reader reads and a bar the eye reads. */
function RatingSpread({ counts }: { counts: readonly number[] }) {
  const { t } = useTranslation();
  const rated = counts.reduce((a, b) => a + b, 0);
  if (rated === 0) return <span className="rating-spread rating-spread--none">{NO_FIGURE}</span>;
  const bestFirst = [...ratingScores].reverse();
  const label = bestFirst
    .map((score) =>
      t('rating.manager.faceCount', { face: t(`rating.faces.${score}`), count: counts[score - 1] ?? 0 }),
    )
    .join(', ');
  return (
    <span className="rating-spread" role="img" aria-label={label} title={label}>
      {bestFirst.map((score) => {
        const n = counts[score - 1] ?? 0;
        return n === 0 ? null : (
          <span
            key={score}
            className={`rating-spread__part rating-spread__part--${score}`}
            style={{ flexGrow: n }}
          />
        );
      })}
    </span>
  );
}
