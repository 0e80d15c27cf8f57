import type { Department, DepartmentWithQueue, Task } from '../shared/contract/views';
import { DEFAULT_PRIORITY_RULE, type PriorityRule } from '../shared/queue/priority-rule';

export type DepartmentQueueRow = Omit<DepartmentWithQueue, 'estimatedWaitMs'>;
import type { Db } from './open-database';
import { prepared } from './prepared';
import { cachedRead } from './read-cache';

type DepartmentRow = {
  id: number;
  prefix: string;
  name_ko: string;
  name_en: string;
  name_zh: string;
  name_vi: string;
  floor: string;
  floor_en: string;
  floor_zh: string;
  floor_vi: string;
  location_ko: string;
  location_en: string;
  location_zh: string;
  location_vi: string;
  phone: string;
  accepting: number;
  priority_rule: PriorityRule['kind'];
  ordinary_per_priority: number;
};
type TaskRow = {
  id: number;
  department_id: number;
  name_ko: string;
  name_en: string;
  name_zh: string;
  name_vi: string;
  keywords: string;
  keywords_en: string;
  keywords_zh: string;
  keywords_vi: string;
};

function toDepartment(r: DepartmentRow): Department {
  return {
    id: r.id,
    prefix: r.prefix,
    nameKo: r.name_ko,
    nameEn: r.name_en,
    nameZh: r.name_zh,
    nameVi: r.name_vi,
    floor: r.floor,
    floorEn: r.floor_en,
    floorZh: r.floor_zh,
    floorVi: r.floor_vi,
    locationKo: r.location_ko,
    locationEn: r.location_en,
    locationZh: r.location_zh,
    locationVi: r.location_vi,
    phone: r.phone,
    accepting: r.accepting === 1,
    priorityRule:
      r.priority_rule === 'ratio'
        ? { kind: 'ratio', ordinaryPerPriority: r.ordinary_per_priority }
        : { kind: 'first' },
  };
}

/** The rule's columns; 'first' leaves the ratio as it was, so switching back restores it. */
function ruleColumns(rule: PriorityRule): [PriorityRule['kind'], number | null] {
  return [rule.kind, rule.kind === 'ratio' ? rule.ordinaryPerPriority : null];
}

function toTask(r: TaskRow): Task {
  return {
    id: r.id,
    departmentId: r.department_id,
    nameKo: r.name_ko,
    nameEn: r.name_en,
    nameZh: r.name_zh,
    nameVi: r.name_vi,
    keywords: r.keywords,
    keywordsEn: r.keywords_en,
    keywordsZh: r.keywords_zh,
    keywordsVi: r.keywords_vi,
  };
}

/** The department's texts in column order, for INSERT and UPDATE alike. */
function departmentTexts(d: Omit<Department, 'id' | 'accepting' | 'priorityRule'>) {
  return [
    d.prefix,
    d.nameKo,
    d.nameEn,
    d.nameZh,
    d.nameVi,
    d.floor,
    d.floorEn,
    d.floorZh,
    d.floorVi,
    d.locationKo,
    d.locationEn,
    d.locationZh,
    d.locationVi,
    d.phone,
  ];
}

function taskTexts(t: Omit<Task, 'id' | 'departmentId'>) {
  return [t.nameKo, t.nameEn, t.nameZh, t.nameVi, t.keywords, t.keywordsEn, t.keywordsZh, t.keywordsVi];
}

export function insertDepartment(
  db: Db,
  d: Omit<Department, 'id' | 'accepting' | 'priorityRule'> & { priorityRule?: PriorityRule | undefined },
): Department {
  const [rule, ratio] = ruleColumns(d.priorityRule ?? DEFAULT_PRIORITY_RULE);
  const result = prepared(
    db,
    `INSERT INTO departments (prefix, name_ko, name_en, name_zh, name_vi, floor, floor_en, floor_zh, floor_vi,
       location_ko, location_en, location_zh, location_vi, phone, priority_rule, ordinary_per_priority)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, COALESCE(?, 3))`,
  ).run(...departmentTexts(d), rule, ratio);
  return getDepartment(db, Number(result.lastInsertRowid))!;
}

export function insertTask(db: Db, t: Omit<Task, 'id'>): Task {
  const result = prepared(
    db,
    `INSERT INTO tasks (department_id, name_ko, name_en, name_zh, name_vi, keywords, keywords_en, keywords_zh,
       keywords_vi)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(t.departmentId, ...taskTexts(t));
  return { ...t, id: Number(result.lastInsertRowid) };
}

export function getDepartment(db: Db, id: number): Department | null {
  const departments = cachedRead(
    db,
    'departments',
    ['departments'],
    () => new Map(listDepartments(db).map((d) => [d.id, d])),
  );
  return departments.get(id) ?? null;
}

/** Whether another department than `exceptId` (every one, when null) uses `prefix`. */
export function departmentPrefixExists(db: Db, prefix: string, exceptId: number | null = null): boolean {
  return (
    prepared<[string, number], { one: number }>(
      db,
      'SELECT 1 AS one FROM departments WHERE prefix = ? AND id != ?',
    ).get(prefix, exceptId ?? 0) !== undefined
  );
}

/** Without a `priorityRule` the department keeps the one it has. */
export function updateDepartment(
  db: Db,
  d: Omit<Department, 'accepting' | 'priorityRule'> & { priorityRule?: PriorityRule | undefined },
): Department {
  prepared(
    db,
    `UPDATE departments SET prefix = ?, name_ko = ?, name_en = ?, name_zh = ?, name_vi = ?, floor = ?,
       floor_en = ?, floor_zh = ?, floor_vi = ?, location_ko = ?, location_en = ?, location_zh = ?,
       location_vi = ?, phone = ? WHERE id = ?`,
  ).run(...departmentTexts(d), d.id);
  if (d.priorityRule) {
    const [rule, ratio] = ruleColumns(d.priorityRule);
    prepared(
      db,
      `UPDATE departments SET priority_rule = ?, ordinary_per_priority = COALESCE(?, ordinary_per_priority)
       WHERE id = ?`,
    ).run(rule, ratio, d.id);
  }
  return getDepartment(db, d.id)!;
}

export function listTasksOf(db: Db, departmentId: number): Task[] {
  return prepared<[number], TaskRow>(db, 'SELECT * FROM tasks WHERE department_id = ? ORDER BY id')
    .all(departmentId)
    .map(toTask);
}

export function updateTask(db: Db, t: Task): Task {
  prepared(
    db,
    `UPDATE tasks SET name_ko = ?, name_en = ?, name_zh = ?, name_vi = ?, keywords = ?, keywords_en = ?,
       keywords_zh = ?, keywords_vi = ? WHERE id = ?`,
  ).run(...taskTexts(t), t.id);
  return t;
}

/** A task tickets were issued for stays: the tickets keep pointing at it. */
export function taskHasTickets(db: Db, taskId: number): boolean {
  return (
    prepared<[number], { one: number }>(db, 'SELECT 1 AS one FROM tickets WHERE task_id = ? LIMIT 1').get(
      taskId,
    ) !== undefined
  );
}

export function deleteTask(db: Db, taskId: number): void {
  prepared(db, 'DELETE FROM tasks WHERE id = ?').run(taskId);
}

export function getTask(db: Db, id: number): Task | null {
  const row = prepared<[number], TaskRow>(db, 'SELECT * FROM tasks WHERE id = ?').get(id);
  return row ? toTask(row) : null;
}

/** Every department with its tasks and the number of tickets waiting today, in setup order. */
export function listDepartmentsWithQueue(db: Db, businessDay: string): DepartmentQueueRow[] {
  const departments = prepared<[string], DepartmentRow & { waiting: number }>(
    db,
    `SELECT d.*, (SELECT COUNT(*) FROM tickets t
                  WHERE t.department_id = d.id AND t.status = 'issued' AND t.business_day = ?) AS waiting
     FROM departments d ORDER BY d.id`,
  ).all(businessDay);
  const tasks = prepared<[], TaskRow>(db, 'SELECT * FROM tasks ORDER BY id').all().map(toTask);
  return departments.map((row) => ({
    ...toDepartment(row),
    waiting: row.waiting,
    tasks: tasks.filter((t) => t.departmentId === row.id),
  }));
}

export function listDepartments(db: Db): Department[] {
  return prepared<[], DepartmentRow>(db, 'SELECT * FROM departments ORDER BY id').all().map(toDepartment);
}

export function setDepartmentAccepting(db: Db, id: number, accepting: boolean): void {
  prepared(db, 'UPDATE departments SET accepting = ? WHERE id = ?').run(accepting ? 1 : 0, id);
}
