import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { caseStanding } from '../../shared/cases/case-standing';
import type { CaseRecord } from '../../shared/contract/case-views';
import type { Office } from '../../shared/contract/views';
import { deadlineText, momentText } from '../cases/deadline-text';
import { StandingBadge } from '../cases/StandingBadge';
import { departmentNames } from '../i18n/localized';

type CaseTableProps = {
  cases: readonly CaseRecord[];
  office: Office;
  now: number;
  selectedId: number | null;
  onSelect: (caseId: number) => void;
  /** The opened case, shown in a row of its own under its line. */
  detail: (item: CaseRecord) => ReactNode;
};

const COLUMNS = 6;

/** The cases in working order; overdue and due-today rows stand out, not by colour alone. */
export function CaseTable({ cases, office, now, selectedId, onSelect, detail }: CaseTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <div className="manager-table-wrap">
      <table className="manager-table case-table">
        <thead>
          <tr>
            <th scope="col">{t('cases.manager.number')}</th>
            <th scope="col">{t('cases.manager.standingCol')}</th>
            <th scope="col">{t('cases.manager.kind')}</th>
            <th scope="col">{t('cases.manager.department')}</th>
            <th scope="col">{t('cases.manager.deadline')}</th>
            <th scope="col">{t('cases.manager.received')}</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => {
            const standing = caseStanding(c, now);
            const department = office.departments.find((d) => d.id === c.departmentId);
            const open = selectedId === c.id;
            return (
              <Fragment key={c.id}>
                <tr className={`case-row case-row--${standing}${open ? ' case-row--selected' : ''}`}>
                  <th scope="row">
                    <button
                      type="button"
                      className="case-row__open"
                      aria-expanded={open}
                      aria-controls={open ? `case-${c.id}-detail` : undefined}
                      onClick={() => {
                        onSelect(c.id);
                      }}
                    >
                      {c.number}
                    </button>
                  </th>
                  <td>
                    <StandingBadge standing={standing} />
                  </td>
                  <td>{t(`cases.kinds.${c.kind}`)}</td>
                  <td>{department ? departmentNames(department, i18n.language).primary : '—'}</td>
                  <td>{c.dueAt === null ? '—' : deadlineText(t, c.dueAt, i18n.language)}</td>
                  <td>{momentText(t, c.receivedAt, i18n.language)}</td>
                </tr>
                {open ? (
                  <tr className="case-row__detail" id={`case-${c.id}-detail`}>
                    <td colSpan={COLUMNS}>{detail(c)}</td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
