import { describe, expect, it } from 'vitest';
import { withRoParticle } from './holiday-name';

describe('withRoParticle', () => {
  it('writes 로 after a vowel or ㄹ, and 으로 after any other final consonant', () => {
    expect(withRoParticle('성탄절')).toBe('성탄절로');
    expect(withRoParticle('설날')).toBe('설날로');
    expect(withRoParticle('추석')).toBe('추석으로');
    expect(withRoParticle('개청 기념일')).toBe('개청 기념일로');
    expect(withRoParticle('한글날 ')).toBe('한글날로');
    expect(withRoParticle('어린이날')).toBe('어린이날로');
    expect(withRoParticle('현충일')).toBe('현충일로');
    expect(withRoParticle('광복절')).toBe('광복절로');
    expect(withRoParticle('임시공휴일')).toBe('임시공휴일로');
    expect(withRoParticle('선거일')).toBe('선거일로');
    expect(withRoParticle('개천절')).toBe('개천절로');
    expect(withRoParticle('대체공휴일')).toBe('대체공휴일로');
    expect(withRoParticle('삼일절')).toBe('삼일절로');
    expect(withRoParticle('부처님 오신 날')).toBe('부처님 오신 날로');
    expect(withRoParticle('신정')).toBe('신정으로');
    expect(withRoParticle('설 연휴')).toBe('설 연휴로');
    expect(withRoParticle('Day 1')).toBe('Day 1로');
  });
});
