import type { Language } from '../../../shared/contract/views';

/** The letters a keyboard types: Korean two-set (두벌식) or Latin QWERTY. */
export type Script = 'hangul' | 'latin';

const digits = Array.from('1234567890');

/** The two-set layout as printed on Korean keyboards; Shift gives the tense consonants and ㅒ ㅖ. */
const hangul = [
  Array.from('ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔ'),
  Array.from('ㅁㄴㅇㄹㅎㅗㅓㅏㅣ'),
  Array.from('ㅋㅌㅊㅍㅠㅜㅡ'),
];
const hangulShifted = [
  Array.from('ㅃㅉㄸㄲㅆㅛㅕㅑㅒㅖ'),
  Array.from('ㅁㄴㅇㄹㅎㅗㅓㅏㅣ'),
  Array.from('ㅋㅌㅊㅍㅠㅜㅡ'),
];
const latin = [Array.from('qwertyuiop'), Array.from('asdfghjkl'), Array.from('zxcvbnm')];

/** The rows of character keys, digits first. */
export function keyRows(script: Script, shifted: boolean): string[][] {
  if (script === 'hangul') return [digits, ...(shifted ? hangulShifted : hangul)];
  return [digits, ...latin.map((row) => (shifted ? row.map((key) => key.toUpperCase()) : row))];
}

/**
 * The layout a visitor meets first in their language. Chinese visitors type pinyin on Latin
 * letters (search matches it against Chinese names); Vietnamese visitors type plain letters,
 * and search ignores diacritics.
 */
export function firstScript(language: Language): Script {
  return language === 'ko' ? 'hangul' : 'latin';
}
