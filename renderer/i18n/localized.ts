import type { TFunction } from 'i18next';
import type { Department, Desk, Office } from '../../shared/contract/views';

const isKorean = (language: string): boolean => language.startsWith('ko');

/** The name in the screen's language first, the other below it (signs in the building are Korean). */
export function departmentNames(
  department: Department,
  language: string,
): { primary: string; secondary: string } {
  return isKorean(language)
    ? { primary: department.nameKo, secondary: department.nameEn }
    : { primary: department.nameEn, secondary: department.nameKo };
}

export function departmentLocation(department: Department, language: string): string {
  return isKorean(language) ? department.locationKo : department.locationEn || department.locationKo;
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
