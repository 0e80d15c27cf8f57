import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { departmentNames, deskName } from '../i18n/localized';
import { useDeskStore } from '../stores/desk-store';

/** Names of the office's desks and departments in the screen's language, by id. */
export type DeskDirectory = {
  deskName: (deskId: number) => string;
  departmentName: (departmentId: number) => string;
};

export function useDeskDirectory(): DeskDirectory {
  const { i18n } = useTranslation();
  const desks = useDeskStore((s) => s.desks);
  const departments = useDeskStore((s) => s.departments);
  const language = i18n.language;
  return useMemo(() => {
    const deskById = new Map(desks.map((desk) => [desk.id, desk]));
    const departmentById = new Map(departments.map((department) => [department.id, department]));
    return {
      // An id the snapshot does not know yet (defined a moment ago) reads as its number.
      deskName: (deskId) => {
        const desk = deskById.get(deskId);
        return desk ? deskName(desk, language) : `#${deskId}`;
      },
      departmentName: (departmentId) => {
        const department = departmentById.get(departmentId);
        return department ? departmentNames(department, language).primary : `#${departmentId}`;
      },
    };
  }, [desks, departments, language]);
}
