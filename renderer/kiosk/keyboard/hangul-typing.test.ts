import { assemble } from 'es-hangul';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eraseLast, typeKey } from './hangul-typing';

const type = (keys: readonly string[], from = ''): string => keys.reduce(typeKey, from);

const jamo = Array.from('ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎㅏㅐㅑㅒㅓㅔㅕㅖㅗㅛㅜㅠㅡㅣ');

describe('typing Hangul on the two-set keyboard', () => {
  it('composes 여권 from its jamo, moving a final consonant on when a vowel follows', () => {
    expect(type(['ㅇ', 'ㅕ'])).toBe('여');
    expect(type(['ㅇ', 'ㅕ', 'ㄱ'])).toBe('역');
    expect(type(['ㅇ', 'ㅕ', 'ㄱ', 'ㅜ', 'ㅓ'])).toBe('여궈');
    expect(type(['ㅇ', 'ㅕ', 'ㄱ', 'ㅜ', 'ㅓ', 'ㄴ'])).toBe('여권');
  });

  it('keeps bare initial consonants apart for 초성 search', () => {
    expect(type(['ㅇ', 'ㄱ'])).toBe('ㅇㄱ');
    expect(type(['ㄱ', 'ㅅ'])).toBe('ㄱㅅ');
  });

  it('builds double finals and compound vowels (닭, 와)', () => {
    expect(type(['ㄷ', 'ㅏ', 'ㄹ', 'ㄱ'])).toBe('닭');
    expect(type(['ㄷ', 'ㅏ', 'ㄹ', 'ㄱ', 'ㅏ'])).toBe('달가');
    expect(type(['ㅇ', 'ㅗ', 'ㅏ'])).toBe('와');
  });

  it('starts a new syllable after a space or a Latin letter', () => {
    expect(type(['ㅂ'], '여권 ')).toBe('여권 ㅂ');
    expect(type(['ㅇ', 'ㅏ'], 'A')).toBe('A아');
    expect(typeKey('여', 'a')).toBe('여a');
  });

  it('composes whatever it is given as the whole sequence would, and never throws', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...jamo), { minLength: 1, maxLength: 12 }), (keys) => {
        const typed = type(keys);
        let whole: string | null = null;
        try {
          whole = assemble(keys);
        } catch {
          // es-hangul cannot assemble some sequences at all; typing them must still work.
        }
        if (whole !== null) expect(typed).toBe(whole);
        expect(() => eraseLast(typed)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});

describe('erasing on the two-set keyboard', () => {
  it('takes back the last jamo of a syllable, as an IME does', () => {
    expect(eraseLast('여권')).toBe('여궈');
    expect(eraseLast('여궈')).toBe('여구');
    expect(eraseLast('닭')).toBe('달');
    expect(eraseLast('여')).toBe('ㅇ');
    expect(eraseLast('ㅇ')).toBe('');
  });

  it('takes back a whole character otherwise', () => {
    expect(eraseLast('hộ chiếu')).toBe('hộ chiế');
    expect(eraseLast('pass ')).toBe('pass');
    expect(eraseLast('')).toBe('');
  });
});
