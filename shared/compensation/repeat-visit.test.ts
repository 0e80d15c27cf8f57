import { describe, expect, it } from 'vitest';
import { charterPresetIds, charterPresets } from '../charter/presets';
import { compensationForRepeatVisit } from './repeat-visit';

describe('compensation for a repeat visit', () => {
  it('owes nothing when staff error did not cause the repeat visit', () => {
    for (const id of charterPresetIds)
      expect(compensationForRepeatVisit(charterPresets[id], false)).toBeNull();
  });

  it('owes each charter’s kind and amount when staff error caused it', () => {
    const owed = Object.fromEntries(
      charterPresetIds.map((id) => [id, compensationForRepeatVisit(charterPresets[id], true)]),
    );
    expect(owed.mss).toMatchObject({ kind: 'giftVoucher', amountWon: 10_000 });
    expect(owed.tipa).toMatchObject({ kind: 'travelCost', amountWon: 10_000 });
    expect(owed.inje).toMatchObject({ kind: 'cultureVoucher', amountWon: 5_000 });
    expect(owed.mokpo).toMatchObject({
      kind: 'travelCost',
      amountWon: null,
      basisKo: '공무원여비규정에 따른 교통비',
    });
    expect(owed.miryang).toMatchObject({ kind: 'perOrdinance', amountWon: null });
  });
});
