import type { Charter, CharterPresetId } from '../../shared/charter/presets';
import { charterPresets } from '../../shared/charter/presets';
import type { CommandInput } from '../../shared/contract/commands';

/**
 * The charter as the form edits it: figures are kept as typed, in the units people use
 * (seconds, percent, won), and an empty figure means the charter names none.
 */
export type CharterDraft = Omit<
  Charter,
  'attendTargetMs' | 'guideTargetMs' | 'warningShare' | 'compensationAmountWon' | 'complaintReplyDays'
> & {
  attendTargetSeconds: string;
  guideTargetSeconds: string;
  warningPercent: string;
  compensationAmountWon: string;
  complaintReplyDays: string;
};

const seconds = (ms: number | null): string => (ms === null ? '' : String(ms / 1000));

export function toDraft(charter: Charter): CharterDraft {
  return {
    ...charter,
    attendTargetSeconds: seconds(charter.attendTargetMs),
    guideTargetSeconds: seconds(charter.guideTargetMs),
    warningPercent: String(Math.round(charter.warningShare * 100)),
    compensationAmountWon:
      charter.compensationAmountWon === null ? '' : String(charter.compensationAmountWon),
    complaintReplyDays: String(charter.complaintReplyDays),
  };
}

/** A preset's values under this office's own name: the office adopts a charter, not another's name. */
export function presetDraft(presetId: CharterPresetId, current: CharterDraft): CharterDraft {
  return { ...toDraft(charterPresets[presetId]), officeKo: current.officeKo, officeEn: current.officeEn };
}

function optionalNumber(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

/** The command's input, or null while a figure is not a positive number. */
export function toApplyCharter(draft: CharterDraft): CommandInput<'applyCharter'> | null {
  const attend = optionalNumber(draft.attendTargetSeconds);
  const guide = optionalNumber(draft.guideTargetSeconds);
  const amount = optionalNumber(draft.compensationAmountWon);
  const warning = Number(draft.warningPercent);
  const replyDays = Number(draft.complaintReplyDays);
  if (attend === undefined || guide === undefined || amount === undefined) return null;
  if (!(warning > 0 && warning <= 100) || !Number.isInteger(replyDays) || replyDays < 1) return null;
  return {
    presetId: draft.presetId,
    officeKo: draft.officeKo,
    officeEn: draft.officeEn,
    attendTargetMs: attend === null ? null : Math.round(attend * 1000),
    guideTargetMs: guide === null ? null : Math.round(guide * 1000),
    warningShare: warning / 100,
    compensationKind: draft.compensationKind,
    compensationAmountWon: amount === null ? null : Math.round(amount),
    compensationBasisKo: draft.compensationBasisKo,
    escortPolicy: draft.escortPolicy,
    standInRequired: draft.standInRequired,
    complaintReplyDays: replyDays,
    greetingKo: draft.greetingKo,
  };
}
