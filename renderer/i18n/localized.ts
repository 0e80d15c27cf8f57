import type { TFunction } from 'i18next';
import type { Department, Desk, Office, Task } from '../../shared/contract/views';
import { departmentText, taskText } from '../../shared/office/office-texts';
import { asUiLanguage } from './index';

const isKorean = (language: string): boolean => language.startsWith('ko');

/**
 * The name in the screen's language first (or English, then Korean, where the office has not
 * translated it), and the Korean one below, since the signs in the building are Korean; a Korean
 * screen shows the English name below.
 */
export function departmentNames(
  department: Department,
  language: string,
): { primary: string; secondary: string } {
  const primary = departmentText(department, 'name', asUiLanguage(language));
  return { primary, secondary: isKorean(language) ? department.nameEn : department.nameKo };
}

export function departmentFloor(department: Department, language: string): string {
  return departmentText(department, 'floor', asUiLanguage(language));
}

export function departmentLocation(department: Department, language: string): string {
  return departmentText(department, 'location', asUiLanguage(language));
}

export function taskNames(task: Task, language: string): { primary: string; secondary: string } {
  const primary = taskText(task, 'name', asUiLanguage(language));
  return { primary, secondary: isKorean(language) ? task.nameEn : task.nameKo };
}

export function deskName(desk: Desk, language: string): string {
  return isKorean(language) ? desk.nameKo : desk.nameEn;
}

export function officeName(office: Pick<Office, 'nameKo' | 'nameEn'>, language: string): string {
  return isKorean(language) ? office.nameKo : office.nameEn || office.nameKo;
}

/** A charter target split for wording ("10초", "3분", "1분 30초"). */
export function splitTarget(ms: number): { minutes: number; seconds: number } {
  const totalSeconds = Math.round(ms / 1000);
  return { minutes: Math.floor(totalSeconds / 60), seconds: totalSeconds % 60 };
}

/** A charter target in words: "10초", "3 min". */
export function targetText(t: TFunction, ms: number): string {
  const { minutes, seconds } = splitTarget(ms);
  if (minutes === 0) return t('duration.seconds', { seconds });
  if (seconds === 0) return t('duration.minutes', { minutes });
  return t('duration.minutesSeconds', { minutes, seconds });
}
