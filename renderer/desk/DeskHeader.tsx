import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Charter } from '../../shared/charter/presets';
import type { Department, Desk } from '../../shared/contract/views';
import { departmentLocation, departmentNames, deskName, targetText } from '../i18n/localized';
import { ClockIcon, PinIcon } from '../ui/icons';
import { ModeBadge } from './ModeBadge';

type DeskHeaderProps = {
  desk: Desk;
  department: Department;
  charter: Charter | null;
  /** The desk's own controls, beside its facts. */
  children?: ReactNode;
};

export function DeskHeader({ desk, department, charter, children }: DeskHeaderProps) {
  const { t, i18n } = useTranslation();
  const target = charter?.attendTargetMs ?? null;
  return (
    <div className="desk-header">
      <div className="desk-header__names">
        <p className="desk-header__department">
          {departmentNames(department, i18n.language).primary}
          <span className="desk-header__location">
            <PinIcon />
            {department.floor} · {departmentLocation(department, i18n.language)}
          </span>
        </p>
        <h1 className="desk-header__title">{deskName(desk, i18n.language)}</h1>
      </div>
      <div className="desk-header__facts">
        <ModeBadge mode={desk.mode} />
        <p className={target === null ? 'target-chip target-chip--none' : 'target-chip'}>
          <ClockIcon />
          {target === null ? t('desk.noTarget') : t('desk.target', { target: targetText(t, target) })}
        </p>
        {children}
      </div>
    </div>
  );
}
