import { useTranslation } from 'react-i18next';
import type { DurationSummary, EscortDaySummary } from '../../shared/report/escort-times';
import { durationText } from './figure-text';

type EscortTimesProps = { day: EscortDaySummary | null };

/** How long escort requests waited for a guide, and until the visitor reached the department. */
export function EscortTimes({ day }: EscortTimesProps) {
  const { t } = useTranslation();
  const rows: { name: string; times: DurationSummary }[] =
    day === null
      ? []
      : [
          { name: t('manager.escorts.toAccept'), times: day.toAccept },
          { name: t('manager.escorts.toDeliver'), times: day.toDeliver },
        ];
  return (
    <section className="panel manager-section" aria-labelledby="manager-escorts">
      <div className="manager-section__head">
        <h2 id="manager-escorts" className="panel__title">
          {t('manager.escorts.title')}
        </h2>
        {day === null ? null : (
          <span className="manager-section__count">
            {t('manager.escorts.requested', { count: day.requested })}
          </span>
        )}
      </div>
      <p className="manager-section__lead">{t('manager.escorts.lead')}</p>
      {day === null ? (
        <p className="manager-empty">{t('manager.escorts.none')}</p>
      ) : (
        <div className="manager-table-wrap">
          <table className="manager-table">
            <thead>
              <tr>
                <th scope="col">{t('manager.clock.name')}</th>
                <th scope="col" className="num">
                  {t('manager.clock.measured')}
                </th>
                <th scope="col" className="num">
                  {t('manager.clock.median')}
                </th>
                <th scope="col" className="num">
                  {t('manager.clock.worst')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ name, times }) => (
                <tr key={name}>
                  <th scope="row">{name}</th>
                  <td className="num">{times.count}</td>
                  <td className="num">{durationText(times.medianMs)}</td>
                  <td className="num">{durationText(times.worstMs)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
