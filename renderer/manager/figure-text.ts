import { formatDuration } from '../../shared/time/duration';

/** A gap in the data is shown as a dash, never as zero: "no visit yet" is not "0 seconds". */
export const NO_FIGURE = '—';

export function durationText(ms: number | null): string {
  return ms === null ? NO_FIGURE : formatDuration(ms);
}

export function shareText(share: number | null): string {
  return share === null ? NO_FIGURE : `${String(Math.round(share * 100))}%`;
}

export function wonText(won: number, language: string): string {
  return `${won.toLocaleString(language === 'ko' ? 'ko-KR' : 'en-US')}${language === 'ko' ? '원' : ' won'}`;
}
