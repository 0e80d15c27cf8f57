import { assemble, removeLastCharacter } from 'es-hangul';

/** Hangul syllables and the compatibility jamo a two-set keyboard types (ㄱ … ㅣ). */
const HANGUL = /^[\u3131-\u318e\uac00-\ud7a3]$/;

function lastCharacter(text: string): string | undefined {
  return Array.from(text).at(-1);
}

/**
 * `value` after a key of the on-screen keyboard, composing Hangul the way a two-set (두벌식) IME
 * does: a jamo joins the syllable before it (ㅇ + ㅕ → 여, 여 + ㄱ → 역, 역 + ㅝ → 여궈), and
 * consonants that form no syllable stay apart (ㅇ + ㄱ → ㅇㄱ), which is what initial-consonant
 * search needs. Anything else is appended as it is.
 */
export function typeKey(value: string, key: string): string {
  const last = lastCharacter(value);
  if (last === undefined || !HANGUL.test(last) || !HANGUL.test(key)) return value + key;
  try {
    return value.slice(0, value.length - last.length) + assemble([last, key]);
  } catch {
    // es-hangul refuses a few pairs no syllable can hold (a lone ㅟ and then ㄱ): they stay apart.
    return value + key;
  }
}

/** `value` after the erase key: the last jamo of a Hangul syllable (여권 → 여궈), else the last character. */
export function eraseLast(value: string): string {
  const last = lastCharacter(value);
  if (last === undefined) return value;
  const before = value.slice(0, value.length - last.length);
  if (!HANGUL.test(last)) return before;
  return before + removeLastCharacter(last);
}
