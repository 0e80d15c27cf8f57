import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources, uiLanguages } from '../i18n';
import type { DeskNotice } from '../stores/desk-store';
import { noticeText } from './notice-text';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ resources, lng: 'ko', fallbackLng: false, interpolation: { escapeValue: false } });
});

const directory = { deskName: (id: number) => `창구 ${id}`, departmentName: () => '세무회계과' };
const transferred = (ahead: number): DeskNotice => ({
  kind: 'transferred',
  number: 'A001',
  toNumber: 'B006',
  toDepartmentId: 2,
  ahead,
  at: 0,
});

describe('the notice after a transfer', () => {
  it('tells the clerk how many the visitor has ahead in the new queue, or that they are next', () => {
    expect(noticeText(i18n.getFixedT('ko'), transferred(2), directory)).toBe(
      'A 001 이관 완료 — 세무회계과 새 번호 B 006, 앞에 2명',
    );
    expect(noticeText(i18n.getFixedT('ko'), transferred(0), directory)).toBe(
      'A 001 이관 완료 — 세무회계과 새 번호 B 006, 바로 다음 차례',
    );
  });

  it('says it in every language of the desk, with the count and both numbers', () => {
    for (const language of uiLanguages) {
      const t = i18n.getFixedT(language);
      const ahead = noticeText(t, transferred(3), directory);
      expect(ahead, language).toContain('3');
      expect(ahead, language).toContain('B 006');
      expect(noticeText(t, transferred(0), directory), language).not.toBe(ahead.replace('3', '0'));
    }
  });
});
