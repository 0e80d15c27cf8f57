import { describe, expect, it } from 'vitest';
import type { Task } from '../../shared/contract/views';
import { searchTasks } from './task-search';

const task = (id: number, nameKo: string, nameEn: string, keywords = '', more: Partial<Task> = {}): Task => ({
  id,
  departmentId: 1,
  nameKo,
  nameEn,
  nameZh: '',
  nameVi: '',
  keywords,
  keywordsEn: '',
  keywordsZh: '',
  keywordsVi: '',
  ...more,
});

const tasks = [
  task(1, '전입신고', 'Moving-in report', '이사, 주소'),
  task(2, '여권 발급', 'Passport', '해외', {
    nameZh: '护照办理',
    nameVi: 'Cấp hộ chiếu',
    keywordsVi: 'xuất cảnh',
  }),
  task(3, '기초연금', 'Basic pension', '노인, 복지', { keywordsEn: 'elderly, senior' }),
];

describe('searchTasks', () => {
  it('lists every task for an empty query', () => {
    expect(searchTasks(tasks, '  ', 'ko')).toHaveLength(3);
  });

  it('finds a task by its initial consonants', () => {
    expect(searchTasks(tasks, 'ㅈㅇ', 'ko').map((t) => t.id)).toEqual([1]);
  });

  it('finds a task by part of its name, ignoring spaces', () => {
    expect(searchTasks(tasks, '여권발급', 'ko').map((t) => t.id)).toEqual([2]);
  });

  it('finds a task by a keyword and by its consonants', () => {
    expect(searchTasks(tasks, '이사', 'ko').map((t) => t.id)).toEqual([1]);
    expect(searchTasks(tasks, 'ㅂㅈ', 'ko').map((t) => t.id)).toEqual([3]);
  });

  it('finds a task by its English name, whatever the case', () => {
    expect(searchTasks(tasks, 'PASS', 'ko').map((t) => t.id)).toEqual([2]);
  });

  it('finds a task by its name or search words in any language', () => {
    expect(searchTasks(tasks, '护照', 'zh').map((t) => t.id)).toEqual([2]);
    expect(searchTasks(tasks, 'senior', 'en').map((t) => t.id)).toEqual([3]);
    expect(searchTasks(tasks, '여권', 'vi').map((t) => t.id)).toEqual([2]);
  });

  it('finds Vietnamese words typed without their diacritics', () => {
    expect(searchTasks(tasks, 'ho chieu', 'vi').map((t) => t.id)).toEqual([2]);
    expect(searchTasks(tasks, 'HỘ CHIẾU', 'vi').map((t) => t.id)).toEqual([2]);
    expect(searchTasks(tasks, 'hochieu', 'en').map((t) => t.id)).toEqual([2]);
    expect(searchTasks(tasks, 'xuat canh', 'vi').map((t) => t.id)).toEqual([2]);
  });

  it('reads a Chinese visitor’s Latin letters as pinyin, whole or by initials', () => {
    expect(searchTasks(tasks, 'huzhao', 'zh').map((t) => t.id)).toEqual([2]);
    expect(searchTasks(tasks, 'hz', 'zh').map((t) => t.id)).toEqual([2]);
    // Elsewhere Latin letters are words, not pinyin: "hz" is no English word of any task.
    expect(searchTasks(tasks, 'hz', 'en')).toEqual([]);
  });

  it('finds nothing for a query no task contains', () => {
    expect(searchTasks(tasks, 'ㅋㅋ', 'ko')).toEqual([]);
  });
});
