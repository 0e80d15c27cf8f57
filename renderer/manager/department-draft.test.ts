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
  nameZh: '居民福利科',
  nameVi: '',
  floor: '1층',
  floorEn: '1F',
  floorZh: '',
  floorVi: '',
  locationKo: '',
  locationEn: '',
  locationZh: '',
  locationVi: '',
  phone: '033-460-2000',
  accepting: true,
  priorityRule: { kind: 'first' },
  waiting: 0,
  estimatedWaitMs: null,
  tasks: [
    {
      id: 7,
      departmentId: 3,
      nameKo: '기초연금',
      nameEn: 'Basic pension',
      nameZh: '基础养老金',
      nameVi: '',
      keywords: '연금',
      keywordsEn: 'pension',
      keywordsZh: '',
      keywordsVi: '',
    },
  ],
};

const noTranslations = { nameZh: '', nameVi: '', keywordsEn: '', keywordsZh: '', keywordsVi: '' };

describe('the department form', () => {
  it('starts a new department with the first free prefix and one empty task', () => {
    expect(freePrefix(['A', 'B', 'D'])).toBe('C');
    const draft = newDepartmentDraft(['A']);
    expect(draft).toMatchObject({ prefix: 'B', nameKo: '', tasks: [{ nameKo: '' }] });
    expect(draft.id).toBeUndefined();
  });

  it('sends an edit with the department’s and its tasks’ ids, every language kept, and new tasks without an id', () => {
    const draft = departmentDraft(welfare);
    draft.tasks.push({ ...emptyTask(), nameKo: '장애인 등록', nameEn: 'Disability registration' });
    expect(toDefineDepartment(draft)).toEqual({
      id: 3,
      prefix: 'C',
      nameKo: '주민복지과',
      nameEn: 'Welfare',
      nameZh: '居民福利科',
      nameVi: '',
      floor: '1층',
      floorEn: '1F',
      floorZh: '',
      floorVi: '',
      locationKo: '',
      locationEn: '',
      locationZh: '',
      locationVi: '',
      phone: '033-460-2000',
      priorityRule: { kind: 'first' },
      tasks: [
        {
          id: 7,
          nameKo: '기초연금',
          nameEn: 'Basic pension',
          nameZh: '基础养老金',
          nameVi: '',
          keywords: '연금',
          keywordsEn: 'pension',
          keywordsZh: '',
          keywordsVi: '',
        },
        { nameKo: '장애인 등록', nameEn: 'Disability registration', keywords: '', ...noTranslations },
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
