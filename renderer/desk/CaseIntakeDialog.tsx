import { useTranslation } from 'react-i18next';
import { CaseIntakeForm } from '../cases/CaseIntakeForm';
import { useDeskStore } from '../stores/desk-store';
import { DeskDialog } from './DeskDialog';

/** A visitor at the desk wants to complain or suggest: the desk writes it down for them. */
export function CaseIntakeDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const charter = useDeskStore((s) => s.charter);
  const department = useDeskStore((s) => s.department);
  const departments = useDeskStore((s) => s.departments);
  const desks = useDeskStore((s) => s.desks);
  return (
    <DeskDialog title={t('cases.desk.title')} lead={t('cases.desk.lead')} onClose={onClose}>
      <CaseIntakeForm
        charter={charter}
        departments={departments}
        desks={desks}
        staff={null}
        {...(department === null ? {} : { departmentId: department.id })}
      />
      <div className="case-form__close">
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('cases.desk.close')}
        </button>
      </div>
    </DeskDialog>
  );
}
