import { useTranslation } from 'react-i18next';
import type { DepartmentWithQueue } from '../../shared/contract/views';
import { departmentFloor, departmentLocation, departmentNames } from '../i18n/localized';
import { ClockIcon, PeopleIcon, PinIcon } from '../ui/icons';
import { waitMinutes } from './wait-estimate';

type DepartmentCardProps = {
  department: DepartmentWithQueue;
  disabled: boolean;
  pending: boolean;
  onChoose: (departmentId: number) => void;
};

export function DepartmentCard({ department, disabled, pending, onChoose }: DepartmentCardProps) {
  const { t, i18n } = useTranslation();
  const names = departmentNames(department, i18n.language);
  const location = departmentLocation(department, i18n.language);
  const minutes = waitMinutes(department.estimatedWaitMs);
  return (
    <button
      type="button"
      className="department-card"
      disabled={disabled || !department.accepting}
      aria-busy={pending}
      onClick={() => {
        onChoose(department.id);
      }}
    >
      <span className="department-card__name">{names.primary}</span>
      <span className="department-card__secondary">{names.secondary}</span>
      <span className="department-card__where">
        <PinIcon />
        <span>
          <strong>{departmentFloor(department, i18n.language)}</strong> · {location}
        </span>
      </span>
      {department.accepting ? (
        <span className="department-card__queue">
          <span className={department.waiting > 0 ? 'waiting-pill' : 'waiting-pill waiting-pill--none'}>
            <PeopleIcon />
            {department.waiting > 0
              ? t('kiosk.waiting', { count: department.waiting })
              : t('kiosk.noWaiting')}
          </span>
          {minutes !== null ? (
            <span className="waiting-pill waiting-pill--none">
              <ClockIcon />
              {t('kiosk.wait', { minutes })}
            </span>
          ) : null}
        </span>
      ) : (
        <span className="waiting-pill waiting-pill--closed">{t('kiosk.notAccepting')}</span>
      )}
      <span className="department-card__prefix" aria-hidden="true">
        {department.prefix}
      </span>
    </button>
  );
}
