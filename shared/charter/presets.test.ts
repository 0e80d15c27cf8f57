import { describe, expect, it } from 'vitest';
import type { CaseKind } from '../cases/case-kinds';
import { charterPresetIds, charterPresets, replyDaysFor } from './presets';

describe('charter presets', () => {
  it('ships one preset per seed, keyed by its own id', () => {
    expect(charterPresetIds).toEqual(['mss', 'tipa', 'inje', 'mokpo', 'miryang']);
    for (const id of charterPresetIds) expect(charterPresets[id].presetId).toBe(id);
  });

  it('carries the time-to-attend promise of each seed', () => {
    expect(charterPresets.mss.attendTargetMs).toBe(180_000);
    expect(charterPresets.tipa.attendTargetMs).toBeNull();
    expect(charterPresets.inje.attendTargetMs).toBe(10_000);
    expect(charterPresets.mokpo.attendTargetMs).toBe(5_000);
    expect(charterPresets.miryang.attendTargetMs).toBe(10_000);
  });

  it('carries the time-to-guide promise where a seed makes one', () => {
    expect(charterPresets.mokpo.guideTargetMs).toBe(120_000);
    expect(charterPresets.miryang.guideTargetMs).toBe(180_000);
    for (const id of ['mss', 'tipa', 'inje'] as const) {
      expect(charterPresets[id].guideTargetMs).toBeNull();
    }
  });

  it('carries each seed’s compensation for a repeat visit caused by staff error', () => {
    expect(charterPresets.mss).toMatchObject({
      compensationKind: 'giftVoucher',
      compensationAmountWon: 10_000,
    });
    expect(charterPresets.tipa).toMatchObject({
      compensationKind: 'travelCost',
      compensationAmountWon: 10_000,
    });
    expect(charterPresets.inje).toMatchObject({
      compensationKind: 'cultureVoucher',
      compensationAmountWon: 5_000,
    });
    expect(charterPresets.mokpo).toMatchObject({
      compensationKind: 'travelCost',
      compensationAmountWon: null,
    });
    expect(charterPresets.miryang).toMatchObject({
      compensationKind: 'perOrdinance',
      compensationAmountWon: null,
    });
  });

  it('carries escort, stand-in and complaint-reply promises', () => {
    expect(charterPresets.inje.escortPolicy).toBe('disabledAndElderly');
    expect(charterPresets.mokpo.escortPolicy).toBe('guideOnDuty');
    expect(charterPresets.miryang.escortPolicy).toBe('guideOnDuty');
    expect(charterPresets.mss.standInRequired).toBe(true);
    expect(charterPresets.tipa.standInRequired).toBe(true);
    expect(charterPresets.inje.standInRequired).toBe(false);
    expect(charterPresetIds.map((id) => charterPresets[id].complaintReplyDays)).toEqual([3, 7, 7, 3, 3]);
  });

  it('carries each seed’s reply deadline per kind of case, and 목포시’s three-report rule', () => {
    const days = (kind: CaseKind) => charterPresetIds.map((id) => replyDaysFor(charterPresets[id], kind));
    // mss, tipa, inje, mokpo, miryang
    expect(days('complaint')).toEqual([3, 7, 7, 3, 3]);
    expect(days('dissatisfaction')).toEqual([3, 7, 7, 3, 3]);
    expect(days('unkindness')).toEqual([3, 7, 7, 1, 3]);
    expect(days('suggestion')).toEqual([null, 14, 7, 3, 3]);
    expect(charterPresetIds.map((id) => charterPresets[id].unkindnessActionThreshold)).toEqual([
      null,
      null,
      null,
      3,
      null,
    ]);
  });

  it('quotes the greeting of the seeds that give one', () => {
    expect(charterPresets.inje.greetingKo).toBe('어서 오십시오, 무엇을 도와드릴까요?');
    expect(charterPresets.mokpo.greetingKo).toBe('어서 오십시오. 자리에 앉으십시오. 무엇을 도와 드릴까요?');
  });

  it('warns at 70 % of a target unless the office changes it', () => {
    for (const id of charterPresetIds) expect(charterPresets[id].warningShare).toBe(0.7);
  });
});
