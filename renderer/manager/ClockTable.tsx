import { useTranslation } from 'react-i18next';
import type { Charter } from '../../shared/charter/presets';
import type { ClockSummary, GroupSummary } from '../../shared/report/summary';
import { targetText } from '../i18n/localized';
import { durationText, NO_FIGURE, shareText } from './figure-text';

type ClockTableProps = { total: GroupSummary; charter: Charter | null };

/** The two clocks of the charter, each against the target now in force. */
export function ClockTable({ total, charter }: ClockTableProps) {
  const { t } = useTranslation();
  const rows: { name: string; clock: ClockSummary; targetMs: number | null }[] = [
    { name: t('manager.clock.attend'), clock: total.attend, targetMs: charter?.attendTargetMs ?? null },
    { name: t('manager.clock.guide'), clock: total.guide, targetMs: charter?.guideTargetMs ?? null },
  ];
  return (
    <section className="panel manager-section" aria-labelledby="manager-clocks">
      <h2 id="manager-clocks" className="panel__title">
        {t('manager.clock.title')}
      </h2>
      <div className="manager-table-wrap">
        <table className="manager-table">
          <thead>
            <tr>
              <th scope="col">{t('manager.clock.name')}</th>
              <th scope="col">{t('manager.clock.target')}</th>
              <th scope="col" className="num">
                {t('manager.clock.measured')}
              </th>
              <th scope="col" className="num">
                {t('manager.clock.median')}
              </th>
              <th scope="col" className="num">
                {t('manager.clock.p90')}
              </th>
              <th scope="col" className="num">
                {t('manager.clock.worst')}
              </th>
              <th scope="col" className="num">
                {t('manager.clock.within')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ name, clock, targetMs }) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td className="num">
                  {targetMs === null ? t('manager.clock.noTarget') : targetText(t, targetMs)}
                </td>
                <td className="num">{clock.measured}</td>
                <td className="num">{durationText(clock.medianMs)}</td>
                <td className="num">{durationText(clock.p90Ms)}</td>
                <td className="num">{durationText(clock.worstMs)}</td>
                <td className="num">
                  {clock.targeted === 0
                    ? NO_FIGURE
                    : t('manager.clock.withinOf', {
                        share: shareText(clock.withinShare),
                        within: clock.within,
                        targeted: clock.targeted,
                      })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
