import { describe, expect, it } from 'vitest';
import type { DepartmentWithQueue } from '../../shared/contract/views';
import {
  departmentDraft,
  emptyTask,
  freePrefix,
  newDepartmentDraft,
  toDefineDepartment,
} from './department-draft';

const welfare: DepartmentWithQueue = {
  id: 3,
  prefix: 'C',
  nameKo: '주민복지과',
  nameEn: 'Welfare',
  floor: '1층',
  locationKo: '',
  locationEn: '',
  phone: '033-460-2000',
  accepting: true,
  priorityRule: { kind: 'first' },
  waiting: 0,
  estimatedWaitMs: null,
  tasks: [{ id: 7, departmentId: 3, nameKo: '기초연금', nameEn: 'Basic pension', keywords: '연금' }],
};

describe('the department form', () => {
  it('starts a new department with the first free prefix and one empty task', () => {
    expect(freePrefix(['A', 'B', 'D'])).toBe('C');
    const draft = newDepartmentDraft(['A']);
    expect(draft).toMatchObject({ prefix: 'B', nameKo: '', tasks: [{ nameKo: '' }] });
    expect(draft.id).toBeUndefined();
  });

  it('sends an edit with the department’s and its tasks’ ids, and new tasks without one', () => {
    const draft = departmentDraft(welfare);
    draft.tasks.push({ ...emptyTask(), nameKo: '장애인 등록', nameEn: 'Disability registration' });
    expect(toDefineDepartment(draft)).toEqual({
      id: 3,
      prefix: 'C',
      nameKo: '주민복지과',
      nameEn: 'Welfare',
      floor: '1층',
      locationKo: '',
      locationEn: '',
      phone: '033-460-2000',
      priorityRule: { kind: 'first' },
      tasks: [
        { id: 7, nameKo: '기초연금', nameEn: 'Basic pension', keywords: '연금' },
        { nameKo: '장애인 등록', nameEn: 'Disability registration', keywords: '' },
      ],
    });
  });

  it('sends the priority rule the manager chose, keeping the ratio for when it is chosen again', () => {
    const draft = departmentDraft({ ...welfare, priorityRule: { kind: 'ratio', ordinaryPerPriority: 4 } });
    expect(draft).toMatchObject({ priorityRule: 'ratio', ordinaryPerPriority: 4 });
    expect(toDefineDepartment(draft).priorityRule).toEqual({ kind: 'ratio', ordinaryPerPriority: 4 });
    expect(toDefineDepartment({ ...draft, priorityRule: 'first' }).priorityRule).toEqual({ kind: 'first' });
  });

  it('drops task rows left blank and writes the prefix in capitals', () => {
    const draft = { ...newDepartmentDraft([]), prefix: ' p ', nameKo: '여권과', nameEn: 'Passports' };
    expect(toDefineDepartment(draft)).toMatchObject({ prefix: 'P', tasks: [] });
  });
});
