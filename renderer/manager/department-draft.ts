import type { CommandInput } from '../../shared/contract/commands';
import type { Department, Task } from '../../shared/contract/views';
import type { PriorityRule } from '../../shared/queue/priority-rule';
import type { DepartmentTextField, TaskTextField } from '../../shared/office/office-texts';

/** Every text of a department the form edits, in every kiosk language. */
const departmentFields = [
  'prefix',
  'nameKo',
  'nameEn',
  'nameZh',
  'nameVi',
  'floor',
  'floorEn',
  'floorZh',
  'floorVi',
  'locationKo',
  'locationEn',
  'locationZh',
  'locationVi',
  'phone',
] as const satisfies readonly DepartmentTextField[];

const taskFields = [
  'nameKo',
  'nameEn',
  'nameZh',
  'nameVi',
  'keywords',
  'keywordsEn',
  'keywordsZh',
  'keywordsVi',
] as const satisfies readonly TaskTextField[];

/** A task row as the form edits it; `key` tells rows apart while they have no id yet. */
export type TaskDraft = Record<(typeof taskFields)[number], string> & { key: string; id?: number };

export type DepartmentDraft = Record<(typeof departmentFields)[number], string> & {
  id?: number;
  /** How priority tickets are called; the ratio is kept while 'first' is chosen, to switch back. */
  priorityRule: PriorityRule['kind'];
  ordinaryPerPriority: number;
  tasks: TaskDraft[];
};

const DEFAULT_ORDINARY_PER_PRIORITY = 3;

function pick<T, K extends keyof T>(from: T, keys: readonly K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const key of keys) picked[key] = from[key];
  return picked;
}

let nextKey = 0;
const newKey = (): string => `new-${String((nextKey += 1))}`;

const blankTexts = <K extends string>(keys: readonly K[]): Record<K, string> =>
  Object.fromEntries(keys.map((key) => [key, ''])) as Record<K, string>;

export function emptyTask(): TaskDraft {
  return { key: newKey(), ...blankTexts(taskFields) };
}

/** The first free single letter, so a new department starts with a prefix that is not taken. */
export function freePrefix(taken: readonly string[]): string {
  for (let code = 65; code <= 90; code++) {
    const letter = String.fromCharCode(code);
    if (!taken.includes(letter)) return letter;
  }
  return '';
}

export function newDepartmentDraft(taken: readonly string[]): DepartmentDraft {
  return {
    ...blankTexts(departmentFields),
    prefix: freePrefix(taken),
    priorityRule: 'first',
    ordinaryPerPriority: DEFAULT_ORDINARY_PER_PRIORITY,
    tasks: [emptyTask()],
  };
}

export function departmentDraft(d: Department & { tasks: readonly Task[] }): DepartmentDraft {
  return {
    id: d.id,
    ...pick(d, departmentFields),
    priorityRule: d.priorityRule.kind,
    ordinaryPerPriority:
      d.priorityRule.kind === 'ratio' ? d.priorityRule.ordinaryPerPriority : DEFAULT_ORDINARY_PER_PRIORITY,
    tasks: d.tasks.map((t) => ({ key: `task-${String(t.id)}`, id: t.id, ...pick(t, taskFields) })),
  };
}

export const isBlank = (t: TaskDraft): boolean => taskFields.every((field) => t[field].trim() === '');

/**
 * What the form sends: the prefix in capitals, and a task row left entirely blank dropped
 * (an "add task" pressed once too often is not a mistake to report).
 */
export function toDefineDepartment(draft: DepartmentDraft): CommandInput<'defineDepartment'> {
  const { priorityRule, ordinaryPerPriority } = draft;
  return {
    ...(draft.id === undefined ? {} : { id: draft.id }),
    ...pick(draft, departmentFields),
    prefix: draft.prefix.trim().toUpperCase(),
    priorityRule: priorityRule === 'ratio' ? { kind: 'ratio', ordinaryPerPriority } : { kind: 'first' },
    tasks: draft.tasks
      .filter((t) => !isBlank(t))
      .map((t) => ({ ...(t.id === undefined ? {} : { id: t.id }), ...pick(t, taskFields) })),
  };
}
