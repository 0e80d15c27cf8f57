import { describe, expect, it } from 'vitest';
import { announcementFor, englishTicketReading, koreanTicketReading } from './announcement-text';
import { directionParticle, sinoKorean } from './korean-reading';

const desk1 = { nameKo: '종합민원실 1번 창구', nameEn: 'Civil Affairs Office, desk 1' };
const desk2 = { nameKo: '종합민원실 2번 창구', nameEn: 'Civil Affairs Office, desk 2' };
const call = { number: 'A005', language: 'ko', recall: false, desk: desk1, standInFor: null } as const;

describe('reading a ticket number in Korean', () => {
  it('names the letter and reads the number as a number', () => {
    expect(koreanTicketReading('A005')).toBe('에이 오');
    expect(koreanTicketReading('C001')).toBe('씨 일');
    expect(koreanTicketReading('B010')).toBe('비 십');
    expect(koreanTicketReading('G112')).toBe('지 백십이');
    expect(koreanTicketReading('AB999')).toBe('에이비 구백구십구');
    expect(koreanTicketReading('H1000')).toBe('에이치 천');
  });

  it('reads every size of number the Sino-Korean way', () => {
    expect(sinoKorean(0)).toBe('영');
    expect(sinoKorean(16)).toBe('십육');
    expect(sinoKorean(205)).toBe('이백오');
    expect(sinoKorean(3040)).toBe('삼천사십');
    expect(sinoKorean(10_000)).toBe('만');
    expect(sinoKorean(21_001)).toBe('이만천일');
  });

  it('leaves a number it cannot split as it is', () => {
    expect(koreanTicketReading('1234')).toBe('1234');
  });
});

describe('the particle "to"', () => {
  it('follows the last sound of the word', () => {
    expect(directionParticle('1번 창구')).toBe('로');
    expect(directionParticle('종합민원실')).toBe('로');
    expect(directionParticle('민원 상담석')).toBe('으로');
    expect(directionParticle('창구 3')).toBe('으로');
    expect(directionParticle('창구 2')).toBe('로');
    expect(directionParticle('Desk')).toBe('로');
  });
});

describe('announcementFor', () => {
  it('calls a Korean visitor in Korean only', () => {
    expect(announcementFor(call)).toEqual([
      { lang: 'ko-KR', text: '에이 오 번 고객님, 종합민원실 1번 창구로 와 주십시오.' },
    ]);
  });

  it('adds English for a visitor who chose English, with the number read plainly', () => {
    expect(englishTicketReading('A005')).toBe('A 5');
    expect(announcementFor({ ...call, language: 'en' })).toEqual([
      { lang: 'ko-KR', text: '에이 오 번 고객님, 종합민원실 1번 창구로 와 주십시오.' },
      { lang: 'en-US', text: 'Number A 5, please go to Civil Affairs Office, desk 1.' },
    ]);
  });

  it('falls back to English for languages the desks are not named in', () => {
    expect(announcementFor({ ...call, language: 'vi' }).map((u) => u.lang)).toEqual(['ko-KR', 'en-US']);
    expect(announcementFor({ ...call, language: 'zh' }).map((u) => u.lang)).toEqual(['ko-KR', 'en-US']);
  });

  it('says when it calls again and when a desk stands in for an away one', () => {
    const [ko, en] = announcementFor({
      ...call,
      language: 'en',
      recall: true,
      desk: desk2,
      standInFor: desk1,
    });
    expect(ko!.text).toBe(
      '다시 안내해 드립니다. 에이 오 번 고객님, 종합민원실 2번 창구로 와 주십시오. 종합민원실 1번 창구 업무를 대신 처리합니다.',
    );
    expect(en!.text).toBe(
      'Calling again. Number A 5, please go to Civil Affairs Office, desk 2. This desk is standing in for Civil Affairs Office, desk 1.',
    );
  });
});
