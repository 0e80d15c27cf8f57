import { useTranslation } from 'react-i18next';
import type { DepartmentWithQueue } from '../../shared/contract/views';
import { departmentLocation, departmentNames } from '../i18n/localized';
import { PeopleIcon, PinIcon } from '../ui/icons';

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
  return (
    <button
      type="button"
      className="department-card"
      disabled={disabled}
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
          <strong>{department.floor}</strong> · {location}
        </span>
      </span>
      <span className={department.waiting > 0 ? 'waiting-pill' : 'waiting-pill waiting-pill--none'}>
        <PeopleIcon />
        {department.waiting > 0 ? t('kiosk.waiting', { count: department.waiting }) : t('kiosk.noWaiting')}
      </span>
      <span className="department-card__prefix" aria-hidden="true">
        {department.prefix}
      </span>
    </button>
  );
}
