// How Korean announcers read Latin letters aloud; a speech engine given a bare "A" may say "아".
const letterNames: Record<string, string> = {
  A: '에이',
  B: '비',
  C: '씨',
  D: '디',
  E: '이',
  F: '에프',
  G: '지',
  H: '에이치',
  I: '아이',
  J: '제이',
  K: '케이',
  L: '엘',
  M: '엠',
  N: '엔',
  O: '오',
  P: '피',
  Q: '큐',
  R: '알',
  S: '에스',
  T: '티',
  U: '유',
  V: '브이',
  W: '더블유',
  X: '엑스',
  Y: '와이',
  Z: '제트',
};

const digits = ['', '일', '이', '삼', '사', '오', '육', '칠', '팔', '구'];
const places = [
  [1000, '천'],
  [100, '백'],
  [10, '십'],
] as const;

export function koreanLetters(letters: string): string {
  return letters.replace(/[A-Z]/g, (letter) => letterNames[letter] ?? letter);
}

/** A whole number read the Sino-Korean way, as numbers are called: 5 → 오, 12 → 십이, 105 → 백오. */
export function sinoKorean(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not a whole number: ${n}`);
  if (n === 0) return '영';
  if (n >= 10_000) {
    const rest = n % 10_000;
    const tenThousands = Math.floor(n / 10_000);
    // 10,000 is 만, not 일만.
    return `${tenThousands === 1 ? '' : sinoKorean(tenThousands)}만${rest === 0 ? '' : sinoKorean(rest)}`;
  }
  let rest = n;
  let reading = '';
  for (const [value, name] of places) {
    const count = Math.floor(rest / value);
    // 10 is 십 and 100 is 백, not 일십 and 일백.
    if (count > 0) reading += `${count === 1 ? '' : digits[count]!}${name}`;
    rest %= value;
  }
  return reading + digits[rest]!;
}

/** The particle "to" after `word`: 로 after a vowel or ㄹ, 으로 after any other final consonant. */
export function directionParticle(word: string): '로' | '으로' {
  const last = word.trimEnd().at(-1) ?? '';
  if (/\d/.test(last)) return directionParticle(sinoKorean(Number(last)));
  const code = last.charCodeAt(0) - 0xac00;
  if (code < 0 || code > 11_171) return '로';
  const finalConsonant = code % 28;
  return finalConsonant === 0 || finalConsonant === 8 ? '로' : '으로';
}
