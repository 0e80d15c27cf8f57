import type { Department, Language, Task } from '../contract/views';

/** The texts of a department a visitor reads, each given per kiosk language. */
export type DepartmentText = 'name' | 'floor' | 'location';
export type TaskText = 'name' | 'keywords';

type TextKey<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T];
export type DepartmentTextField = TextKey<Department>;
export type TaskTextField = TextKey<Task>;

const departmentFields: Record<DepartmentText, Record<Language, DepartmentTextField>> = {
  name: { ko: 'nameKo', en: 'nameEn', zh: 'nameZh', vi: 'nameVi' },
  floor: { ko: 'floor', en: 'floorEn', zh: 'floorZh', vi: 'floorVi' },
  location: { ko: 'locationKo', en: 'locationEn', zh: 'locationZh', vi: 'locationVi' },
};

const taskFields: Record<TaskText, Record<Language, TaskTextField>> = {
  name: { ko: 'nameKo', en: 'nameEn', zh: 'nameZh', vi: 'nameVi' },
  keywords: { ko: 'keywords', en: 'keywordsEn', zh: 'keywordsZh', vi: 'keywordsVi' },
};

/** The field of `department` that holds `text` in `language` ("nameZh"), for forms. */
export function departmentField(text: DepartmentText, language: Language): DepartmentTextField {
  return departmentFields[text][language];
}

export function taskField(text: TaskText, language: Language): TaskTextField {
  return taskFields[text][language];
}

/** The text as given in `language`: empty when not translated yet. */
export function givenDepartmentText(
  department: Department,
  text: DepartmentText,
  language: Language,
): string {
  return department[departmentFields[text][language]].trim();
}

export function givenTaskText(task: Task, text: TaskText, language: Language): string {
  return task[taskFields[text][language]].trim();
}

/**
 * The order a missing translation falls back in: the language itself, then English (which a
 * visitor from abroad reads more often than Korean), then Korean, which is always there.
 */
function fallbacks(language: Language): Language[] {
  return [...new Set<Language>([language, 'en', 'ko'])];
}

/** What a visitor reads: the text in their language, or English, or Korean. */
export function departmentText(department: Department, text: DepartmentText, language: Language): string {
  for (const candidate of fallbacks(language)) {
    const given = givenDepartmentText(department, text, candidate);
    if (given !== '') return given;
  }
  return '';
}

export function taskText(task: Task, text: 'name', language: Language): string {
  for (const candidate of fallbacks(language)) {
    const given = givenTaskText(task, text, candidate);
    if (given !== '') return given;
  }
  return '';
}

/** A text the kiosk shows in a fallback language because the office has not given it. */
export type MissingText =
  | { language: Language; text: DepartmentText }
  | { language: Language; text: TaskText; taskId: number; taskNameKo: string };

/**
 * The translations a department lacks for the kiosk's `languages`: texts given in Korean with no
 * counterpart. A text left empty in Korean too (no location at all) is not missing anywhere, and
 * search words are optional in every language, so they are reported only where Korean has some.
 */
export function missingTexts(
  department: Department & { tasks: readonly Task[] },
  languages: readonly Language[],
): MissingText[] {
  const missing: MissingText[] = [];
  for (const language of languages) {
    if (language === 'ko') continue;
    for (const text of ['name', 'floor', 'location'] as const) {
      if (
        givenDepartmentText(department, text, 'ko') !== '' &&
        givenDepartmentText(department, text, language) === ''
      )
        missing.push({ language, text });
    }
    for (const task of department.tasks) {
      for (const text of ['name', 'keywords'] as const) {
        if (givenTaskText(task, text, 'ko') !== '' && givenTaskText(task, text, language) === '')
          missing.push({ language, text, taskId: task.id, taskNameKo: task.nameKo });
      }
    }
  }
  return missing;
}
