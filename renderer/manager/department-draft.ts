import type { CommandInput } from '../../shared/contract/commands';
import type { Department, Task } from '../../shared/contract/views';
import type { PriorityRule } from '../../shared/queue/priority-rule';

/** A task row as the form edits it; `key` tells rows apart while they have no id yet. */
export type TaskDraft = { key: string; id?: number; nameKo: string; nameEn: string; keywords: string };

export type DepartmentDraft = {
  id?: number;
  prefix: string;
  nameKo: string;
  nameEn: string;
  floor: string;
  locationKo: string;
  locationEn: string;
  phone: string;
  /** How priority tickets are called; the ratio is kept while 'first' is chosen, to switch back. */
  priorityRule: PriorityRule['kind'];
  ordinaryPerPriority: number;
  tasks: TaskDraft[];
};

const DEFAULT_ORDINARY_PER_PRIORITY = 3;

let nextKey = 0;
const newKey = (): string => `new-${String((nextKey += 1))}`;

export function emptyTask(): TaskDraft {
  return { key: newKey(), nameKo: '', nameEn: '', keywords: '' };
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
    prefix: freePrefix(taken),
    nameKo: '',
    nameEn: '',
    floor: '',
    locationKo: '',
    locationEn: '',
    phone: '',
    priorityRule: 'first',
    ordinaryPerPriority: DEFAULT_ORDINARY_PER_PRIORITY,
    tasks: [emptyTask()],
  };
}

export function departmentDraft(d: Department & { tasks: readonly Task[] }): DepartmentDraft {
  return {
    id: d.id,
    prefix: d.prefix,
    nameKo: d.nameKo,
    nameEn: d.nameEn,
    floor: d.floor,
    locationKo: d.locationKo,
    locationEn: d.locationEn,
    phone: d.phone,
    priorityRule: d.priorityRule.kind,
    ordinaryPerPriority:
      d.priorityRule.kind === 'ratio' ? d.priorityRule.ordinaryPerPriority : DEFAULT_ORDINARY_PER_PRIORITY,
    tasks: d.tasks.map((t) => ({
      key: `task-${String(t.id)}`,
      id: t.id,
      nameKo: t.nameKo,
      nameEn: t.nameEn,
      keywords: t.keywords,
    })),
  };
}

const isBlank = (t: TaskDraft): boolean => !t.nameKo.trim() && !t.nameEn.trim() && !t.keywords.trim();

/**
 * What the form sends: the prefix in capitals, and a task row left entirely blank dropped
 * (an "add task" pressed once too often is not a mistake to report).
 */
export function toDefineDepartment(draft: DepartmentDraft): CommandInput<'defineDepartment'> {
  const { tasks, priorityRule, ordinaryPerPriority, ...fields } = draft;
  return {
    ...fields,
    prefix: fields.prefix.trim().toUpperCase(),
    priorityRule: priorityRule === 'ratio' ? { kind: 'ratio', ordinaryPerPriority } : { kind: 'first' },
    tasks: tasks
      .filter((t) => !isBlank(t))
      .map(({ id, nameKo, nameEn, keywords }) => ({
        ...(id === undefined ? {} : { id }),
        nameKo,
        nameEn,
        keywords,
      })),
  };
}
