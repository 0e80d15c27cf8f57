import { describe, expect, it } from 'vitest';
import type { Task } from '../../shared/contract/views';
import { searchTasks } from './task-search';

const task = (id: number, nameKo: string, nameEn: string, keywords = ''): Task => ({
  id,
  departmentId: 1,
  nameKo,
  nameEn,
  keywords,
});

const tasks = [
  task(1, '전입신고', 'Moving-in report', '이사, 주소'),
  task(2, '여권 발급', 'Passport', '해외'),
  task(3, '기초연금', 'Basic pension', '노인, 복지'),
];

describe('searchTasks', () => {
  it('lists every task for an empty query', () => {
    expect(searchTasks(tasks, '  ')).toHaveLength(3);
  });

  it('finds a task by its initial consonants', () => {
    expect(searchTasks(tasks, 'ㅈㅇ').map((t) => t.id)).toEqual([1]);
  });

  it('finds a task by part of its name, ignoring spaces', () => {
    expect(searchTasks(tasks, '여권발급').map((t) => t.id)).toEqual([2]);
  });

  it('finds a task by a keyword and by its consonants', () => {
    expect(searchTasks(tasks, '이사').map((t) => t.id)).toEqual([1]);
    expect(searchTasks(tasks, 'ㅂㅈ').map((t) => t.id)).toEqual([3]);
  });

  it('finds a task by its English name, whatever the case', () => {
    expect(searchTasks(tasks, 'PASS').map((t) => t.id)).toEqual([2]);
  });

  it('finds nothing for a query no task contains', () => {
    expect(searchTasks(tasks, 'ㅋㅋ')).toEqual([]);
  });
});
