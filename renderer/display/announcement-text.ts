import type { Desk, Language } from '../../shared/contract/views';
import { directionParticle, koreanLetters, sinoKorean } from './korean-reading';

export type Utterance = { text: string; lang: string };

export type CallToAnnounce = {
  /** As stored: "A005". */
  number: string;
  /** The language the visitor chose at the kiosk. */
  language: Language;
  recall: boolean;
  desk: Pick<Desk, 'nameKo' | 'nameEn'>;
  /** The away desk whose visitors this desk serves (업무대행). */
  standInFor: Pick<Desk, 'nameKo' | 'nameEn'> | null;
};

function splitNumber(number: string): { letters: string; value: number } | null {
  const match = /^([A-Z]+)(\d+)$/.exec(number);
  return match ? { letters: match[1]!, value: Number(match[2]) } : null;
}

/** "A005" → "에이 오": letters by their Korean names, the number as a number, not digit by digit. */
export function koreanTicketReading(number: string): string {
  const parts = splitNumber(number);
  return parts ? `${koreanLetters(parts.letters)} ${sinoKorean(parts.value)}` : number;
}

/** "A005" → "A 5", which English voices read as "A five". */
export function englishTicketReading(number: string): string {
  const parts = splitNumber(number);
  return parts ? `${parts.letters} ${parts.value}` : number;
}

function korean(call: CallToAnnounce): string {
  const desk = call.desk.nameKo;
  const parts = [
    call.recall ? '다시 안내해 드립니다.' : '',
    `${koreanTicketReading(call.number)} 번 고객님, ${desk}${directionParticle(desk)} 와 주십시오.`,
    call.standInFor ? `${call.standInFor.nameKo} 업무를 대신 처리합니다.` : '',
  ];
  return parts.filter(Boolean).join(' ');
}

function english(call: CallToAnnounce): string {
  const parts = [
    call.recall ? 'Calling again.' : '',
    `Number ${englishTicketReading(call.number)}, please go to ${call.desk.nameEn}.`,
    call.standInFor ? `This desk is standing in for ${call.standInFor.nameEn}.` : '',
  ];
  return parts.filter(Boolean).join(' ');
}

/**
 * What the display says for one call: always Korean, then the visitor's own language when they
 * chose another at the kiosk. Desks are named only in Korean and English, so Chinese and
 * Vietnamese visitors hear the English announcement. The phrasing lives here rather than in the
 * screen's translations because it is grammar (particles, number reading), not a label.
 */
export function announcementFor(call: CallToAnnounce): Utterance[] {
  const utterances: Utterance[] = [{ text: korean(call), lang: 'ko-KR' }];
  if (call.language !== 'ko') utterances.push({ text: english(call), lang: 'en-US' });
  return utterances;
}
