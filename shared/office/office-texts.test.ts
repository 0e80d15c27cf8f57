import { describe, expect, it } from 'vitest';
import type { Department, Task } from '../contract/views';
import { departmentText, missingTexts, taskText } from './office-texts';

const department: Department = {
  id: 1,
  prefix: 'A',
  nameKo: '종합민원실',
  nameEn: 'Civil Affairs Office',
  nameZh: '综合民愿室',
  nameVi: '',
  floor: '1층',
  floorEn: '1F',
  floorZh: '',
  floorVi: '',
  locationKo: '본관 1층 정문 오른쪽',
  locationEn: '',
  locationZh: '',
  locationVi: '',
  phone: '',
  accepting: true,
  priorityRule: { kind: 'first' },
};

const passport: Task = {
  id: 5,
  departmentId: 1,
  nameKo: '여권 발급',
  nameEn: 'Passport',
  nameZh: '护照',
  nameVi: '',
  keywords: '여권 해외',
  keywordsEn: '',
  keywordsZh: '护照',
  keywordsVi: '',
};

describe('office texts in the visitor’s language', () => {
  it('are given in the language when the office translated them', () => {
    expect(departmentText(department, 'name', 'zh')).toBe('综合民愿室');
    expect(departmentText(department, 'floor', 'en')).toBe('1F');
    expect(taskText(passport, 'name', 'zh')).toBe('护照');
  });

  it('fall back to English, then Korean', () => {
    expect(departmentText(department, 'name', 'vi')).toBe('Civil Affairs Office');
    expect(departmentText(department, 'floor', 'zh')).toBe('1F');
    expect(departmentText(department, 'location', 'vi')).toBe('본관 1층 정문 오른쪽');
    expect(taskText(passport, 'name', 'vi')).toBe('Passport');
  });

  it('stay Korean for a Korean visitor whatever else is given', () => {
    expect(departmentText(department, 'floor', 'ko')).toBe('1층');
  });

  it('treat blanks as not given', () => {
    expect(departmentText({ ...department, nameZh: '   ' }, 'name', 'zh')).toBe('Civil Affairs Office');
  });
});

describe('missing translations', () => {
  it('lists what Korean has and a kiosk language lacks, task by task', () => {
    const missing = missingTexts({ ...department, tasks: [passport] }, ['ko', 'zh']);
    expect(missing).toEqual([
      { language: 'zh', text: 'floor' },
      { language: 'zh', text: 'location' },
    ]);
    expect(missingTexts({ ...department, tasks: [passport] }, ['ko', 'vi'])).toEqual([
      { language: 'vi', text: 'name' },
      { language: 'vi', text: 'floor' },
      { language: 'vi', text: 'location' },
      { language: 'vi', text: 'name', taskId: 5, taskNameKo: '여권 발급' },
      { language: 'vi', text: 'keywords', taskId: 5, taskNameKo: '여권 발급' },
    ]);
  });

  it('does not count a text the office gave in no language, nor languages the kiosk does not offer', () => {
    const bare = { ...department, locationKo: '', tasks: [] };
    expect(missingTexts(bare, ['ko', 'en'])).toEqual([]);
    expect(missingTexts({ ...department, tasks: [passport] }, ['ko'])).toEqual([]);
  });
});
