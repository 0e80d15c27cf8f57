/** "2026. 11. 22. 오후 4:09" in the office's time zone, in the screen's language. */
export function formatPairedAt(ms: number, language: string): string {
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Seoul',
  }).format(ms);
}
