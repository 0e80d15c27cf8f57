import { describe, expect, it } from 'vitest';
import { charterPresets } from '../../shared/charter/presets';
import { presetDraft, toApplyCharter, toDraft } from './charter-draft';

describe('the charter form', () => {
  it('gives back every preset unchanged when nothing is edited', () => {
    for (const charter of Object.values(charterPresets)) {
      expect(toApplyCharter(toDraft(charter))).toEqual(charter);
    }
  });

  it('reads an empty target as "no target" and refuses a figure that is not positive', () => {
    const draft = toDraft(charterPresets.inje);
    expect(toApplyCharter({ ...draft, attendTargetSeconds: '' })?.attendTargetMs).toBeNull();
    expect(toApplyCharter({ ...draft, attendTargetSeconds: '30' })?.attendTargetMs).toBe(30_000);
    expect(toApplyCharter({ ...draft, attendTargetSeconds: '-3' })).toBeNull();
    expect(toApplyCharter({ ...draft, warningPercent: '0' })).toBeNull();
  });

  it('reads empty case deadlines and threshold as none, but needs the complaint deadline and the period', () => {
    const draft = toDraft(charterPresets.mokpo);
    expect(
      toApplyCharter({ ...draft, suggestionReplyDays: '', unkindnessActionThreshold: '' }),
    ).toMatchObject({
      suggestionReplyDays: null,
      unkindnessActionThreshold: null,
      unkindnessReplyDays: 1,
    });
    expect(toApplyCharter({ ...draft, complaintReplyDays: '' })).toBeNull();
    expect(toApplyCharter({ ...draft, unkindnessWindowDays: '' })).toBeNull();
    expect(toApplyCharter({ ...draft, unkindnessReplyDays: '1.5' })).toBeNull();
  });

  it('keeps the office’s own name when another preset is picked', () => {
    const draft = { ...toDraft(charterPresets.inje), officeKo: '우리시', officeEn: 'Our City' };
    expect(presetDraft('mokpo', draft)).toMatchObject({ officeKo: '우리시', guideTargetSeconds: '120' });
  });
});
