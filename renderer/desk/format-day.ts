/**
 * A business day (YYYY-MM-DD) as a date and a weekday, for the screen's language to put together:
 * "2026년 11월 22일 (일)". Formatted in UTC so a screen west of Korea does not name the day before.
 */
export function businessDayParts(day: string, language: string): { date: string; weekday: string } {
  const at = Date.parse(`${day}T00:00:00Z`);
  return {
    date: new Intl.DateTimeFormat(language, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    }).format(at),
    weekday: new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' }).format(at),
  };
}

export function formatWon(amount: number, language: string): string {
  return new Intl.NumberFormat(language).format(amount);
}
