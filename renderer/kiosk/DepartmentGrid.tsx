import { useTranslation } from 'react-i18next';
import type { DepartmentWithQueue } from '../../shared/contract/views';
import { useKioskStore } from '../stores/kiosk-store';
import { DepartmentCard } from './DepartmentCard';

type DepartmentGridProps = {
  departments: readonly DepartmentWithQueue[];
  onChoose: (departmentId: number) => void;
};

export function DepartmentGrid({ departments, onChoose }: DepartmentGridProps) {
  const { t } = useTranslation();
  const pending = useKioskStore((s) => s.pending);
  return (
    <ul className="department-grid" aria-label={t('kiosk.departments')}>
      {departments.map((department) => (
        <li key={department.id}>
          <DepartmentCard
            department={department}
            disabled={pending !== null}
            pending={pending?.departmentId === department.id}
            onChoose={onChoose}
          />
        </li>
      ))}
    </ul>
  );
}
