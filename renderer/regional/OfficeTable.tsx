import { useTranslation } from 'react-i18next';
import type { ClockSummary } from '../../shared/report/summary';
import type { RegionCaseFigures, RegionFigures, RegionOffice } from '../../shared/contract/region-view';
import { summarizeRatings } from '../../shared/satisfaction/rating';
import { targetText } from '../i18n/localized';
import { durationText, NO_FIGURE, shareText, wonText } from '../manager/figure-text';
import { OfficeStatus } from './OfficeStatus';

function ClockCells({ clock, targetMs }: { clock: ClockSummary | undefined; targetMs: number | null }) {
  const { t } = useTranslation();
  if (targetMs === null && (clock === undefined || clock.measured === 0)) {
    return (
      <td className="num region-table__clock" colSpan={2}>
        <span className="region-muted">{t('region.noTarget')}</span>
      </td>
    );
  }
  return (
    <>
      <td className="num region-table__clock">
        {clock === undefined ? NO_FIGURE : durationText(clock.medianMs)}
        <span className="region-table__sub">
          {t('region.p90', { time: clock === undefined ? NO_FIGURE : durationText(clock.p90Ms) })}
        </span>
      </td>
      <td className="num">
        <strong>
          {clock === undefined || clock.targeted === 0 ? NO_FIGURE : shareText(clock.withinShare)}
        </strong>
        <span className="region-table__sub">
          {targetMs === null ? t('region.noTarget') : t('region.target', { target: targetText(t, targetMs) })}
        </span>
      </td>
    </>
  );
}

/** The mean face out of 5, with how many of the visits served were rated. */
function SatisfactionCell({ figures }: { figures: RegionFigures | null }) {
  const { t, i18n } = useTranslation();
  if (figures === null) return <td className="num">{NO_FIGURE}</td>;
  const s = summarizeRatings(figures.ratings, figures.served);
  const score =
    s.average === null
      ? NO_FIGURE
      : t('region.figures.score', {
          score: s.average.toLocaleString(i18n.language, {
            minimumFractionDigits: 1,
            maximumFractionDigits: 1,
          }),
        });
  return (
    <td className="num">
      <strong>{score}</strong>
      <span className="region-table__sub">
        {s.rated === 0
          ? t('region.figures.noRating')
          : t('region.figures.rated', { rated: s.rated, served: s.served })}
      </span>
    </td>
  );
}

/** Cases received, how many were answered within the charter's deadline, and any still open past it. */
function CasesCell({ cases }: { cases: RegionCaseFigures | null }) {
  const { t } = useTranslation();
  if (cases === null) return <td className="num">0</td>;
  const { received, answeredOnTime, answeredLate, open, overdue } = cases.total;
  return (
    <td className="num">
      <strong>{received}</strong>
      {answeredOnTime + answeredLate === 0 ? null : (
        <span className="region-table__sub">
          {t('region.figures.caseAnswers', { onTime: answeredOnTime, late: answeredLate })}
        </span>
      )}
      {open === 0 ? null : overdue === 0 ? (
        <span className="region-table__sub">{t('region.figures.openCases', { open })}</span>
      ) : (
        <span className="region-table__sub region-table__sub--late">
          {t('region.figures.overdue', { open, overdue })}
        </span>
      )}
    </td>
  );
}

/** Every office on one row, side by side: the same figures, each against the office's own targets. */
export function OfficeTable({ offices }: { offices: RegionOffice[] }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="manager-table-wrap">
      <table className="manager-table region-table">
        <caption className="visually-hidden">{t('region.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('region.col.office')}</th>
            <th scope="col" className="num">
              {t('region.col.visitors')}
            </th>
            <th scope="col" className="num">
              {t('region.col.attendTime')}
            </th>
            <th scope="col" className="num">
              {t('region.col.attendWithin')}
            </th>
            <th scope="col" className="num">
              {t('region.col.guideTime')}
            </th>
            <th scope="col" className="num">
              {t('region.col.guideWithin')}
            </th>
            <th scope="col" className="num">
              {t('region.col.escorts')}
            </th>
            <th scope="col" className="num">
              {t('region.col.repeats')}
            </th>
            <th scope="col" className="num">
              {t('region.col.compensations')}
            </th>
            <th scope="col" className="num">
              {t('region.col.satisfaction')}
            </th>
            <th scope="col" className="num">
              {t('region.col.cases')}
            </th>
            <th scope="col">{t('region.col.status')}</th>
          </tr>
        </thead>
        <tbody>
          {offices.map((office) => {
            const f = office.figures;
            const alert = office.feed.problem !== null || office.feed.silent;
            return (
              <tr
                key={office.id}
                className={alert ? 'region-row--alert' : office.behind ? 'region-row--behind' : undefined}
                data-office={office.id}
              >
                <th scope="row">
                  {i18n.language === 'ko' || office.nameEn === '' ? office.nameKo : office.nameEn}
                </th>
                <td className="num">{f === null ? NO_FIGURE : f.visitors}</td>
                <ClockCells clock={f?.attend} targetMs={office.attendTargetMs} />
                <ClockCells clock={f?.guide} targetMs={office.guideTargetMs} />
                <td className="num">{f === null ? NO_FIGURE : f.escorts}</td>
                <td className="num">{f === null ? NO_FIGURE : f.repeatVisits}</td>
                <td className="num">
                  {f === null ? NO_FIGURE : f.compensations}
                  {f === null || f.compensations === 0 ? null : (
                    <span className="region-table__sub">{wonText(f.compensationWon, i18n.language)}</span>
                  )}
                </td>
                <SatisfactionCell figures={f} />
                <CasesCell cases={office.cases} />
                <td>
                  <OfficeStatus office={office} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
