const LOCALES: Record<string, string> = { ko: 'ko-KR', en: 'en-GB', zh: 'zh-CN', vi: 'vi-VN' };

const localeOf = (language: string) => LOCALES[language] ?? 'ko-KR';

/** A business day as an office reads it ("2026년 11월 23일 (월)"), whatever this PC's zone. */
export function dayText(day: string, language: string): string {
  return (
    new Intl.DateTimeFormat(localeOf(language), {
      dateStyle: 'medium',
      timeZone: 'UTC',
    }).format(new Date(`${day}T00:00:00Z`)) + weekday(day, language)
  );
}

function weekday(day: string, language: string): string {
  const name = new Intl.DateTimeFormat(localeOf(language), { weekday: 'short', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
  return ` (${name})`;
}

export function monthText(month: string, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`));
}

/** A moment in Seoul time, short: "11. 24. 09:30". */
export function momentText(ms: number, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Asia/Seoul',
  }).format(new Date(ms));
}

export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
