/**
 * "성탄절로", "개청 기념일로", "설날로": the particle (으)로 after a Korean name, chosen by its last
 * syllable — 으로 after a final consonant other than ㄹ, 로 otherwise (and after anything not Hangul).
 */
export function withRoParticle(name: string): string {
  const last = name.trim().codePointAt(name.trim().length - 1) ?? 0;
  const HANGUL_FIRST = 0xac00;
  const HANGUL_LAST = 0xd7a3;
  if (last < HANGUL_FIRST || last > HANGUL_LAST) return `${name.trim()}로`;
  const finalConsonant = (last - HANGUL_FIRST) % 28;
  const RIEUL = 8;
  return `${name.trim()}${finalConsonant === 0 || finalConsonant === RIEUL ? '로' : '으로'}`;
}
