import { useTranslation } from 'react-i18next';
import type { CaseList } from '../../shared/contract/case-views';
import type { Office, Staff } from '../../shared/contract/views';
import { deskName } from '../i18n/localized';

type UnkindnessPanelProps = { list: CaseList; office: Office; staff: readonly Staff[] | null };

/**
 * Unkindness reports per official and desk over the charter's rolling period; where the charter
 * acts on a count (목포시: 3), the rows that reach it are flagged.
 */
export function UnkindnessPanel({ list, office, staff }: UnkindnessPanelProps) {
  const { t, i18n } = useTranslation();
  const threshold = list.unkindnessThreshold;
  const nameOf = (staffId: number | null, deskId: number | null): string => {
    if (staffId !== null) return staff?.find((s) => s.id === staffId)?.name ?? `#${staffId}`;
    const desk = office.desks.find((d) => d.id === deskId);
    return desk ? deskName(desk, i18n.language) : `#${deskId ?? ''}`;
  };
  return (
    <section className="panel manager-section" aria-labelledby="unkindness-title">
      <h2 id="unkindness-title" className="panel__title">
        {t('cases.manager.unkindnessTitle')}
      </h2>
      <p className="manager-section__lead">
        {threshold === null
          ? t('cases.manager.unkindnessLeadNoRule', { days: list.unkindnessWindowDays })
          : t('cases.manager.unkindnessLead', { days: list.unkindnessWindowDays, threshold })}
      </p>
      {list.unkindness.length === 0 ? (
        <p className="manager-empty">{t('cases.manager.unkindnessNone')}</p>
      ) : (
        <table className="manager-table">
          <thead>
            <tr>
              <th scope="col">{t('cases.manager.unkindnessWho')}</th>
              <th scope="col" className="num">
                {t('cases.manager.unkindnessCount')}
              </th>
              <th scope="col">{t('cases.manager.unkindnessRule')}</th>
            </tr>
          </thead>
          <tbody>
            {list.unkindness.map((u) => (
              <tr key={u.key} className={u.flagged ? 'case-flagged' : undefined}>
                <th scope="row">
                  {nameOf(u.staffId, u.deskId)}
                  <span className="case-who-kind">
                    {u.staffId === null ? t('cases.manager.asDesk') : t('cases.manager.asStaff')}
                  </span>
                </th>
                <td className="num">{u.count}</td>
                <td>
                  {u.flagged ? (
                    <span className="case-badge case-badge--overdue">
                      {t('cases.manager.flagged', { threshold })}
                    </span>
                  ) : threshold === null ? (
                    '—'
                  ) : (
                    t('cases.manager.belowThreshold', { left: threshold - u.count })
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
