import type { Charter, CharterPresetId } from '../../shared/charter/presets';
import { charterPresets } from '../../shared/charter/presets';
import type { CommandInput } from '../../shared/contract/commands';

/**
 * The charter as the form edits it: figures are kept as typed, in the units people use
 * (seconds, percent, won), and an empty figure means the charter names none.
 */
export type CharterDraft = Omit<Charter, 'attendTargetMs' | 'guideTargetMs' | 'warningShare' | CaseFigure> & {
  attendTargetSeconds: string;
  guideTargetSeconds: string;
  warningPercent: string;
} & Record<CaseFigure, string>;

/** The figures typed as whole numbers: reply days per kind and the unkindness rule. */
type CaseFigure =
  | 'compensationAmountWon'
  | 'complaintReplyDays'
  | 'dissatisfactionReplyDays'
  | 'unkindnessReplyDays'
  | 'suggestionReplyDays'
  | 'unkindnessActionThreshold'
  | 'unkindnessWindowDays';

const seconds = (ms: number | null): string => (ms === null ? '' : String(ms / 1000));
const figure = (value: number | null): string => (value === null ? '' : String(value));

export function toDraft(charter: Charter): CharterDraft {
  return {
    ...charter,
    attendTargetSeconds: seconds(charter.attendTargetMs),
    guideTargetSeconds: seconds(charter.guideTargetMs),
    warningPercent: String(Math.round(charter.warningShare * 100)),
    compensationAmountWon: figure(charter.compensationAmountWon),
    complaintReplyDays: figure(charter.complaintReplyDays),
    dissatisfactionReplyDays: figure(charter.dissatisfactionReplyDays),
    unkindnessReplyDays: figure(charter.unkindnessReplyDays),
    suggestionReplyDays: figure(charter.suggestionReplyDays),
    unkindnessActionThreshold: figure(charter.unkindnessActionThreshold),
    unkindnessWindowDays: figure(charter.unkindnessWindowDays),
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

/** A whole number of at least 1; null for an empty field; undefined for anything else. */
function optionalCount(text: string): number | null | undefined {
  const value = optionalNumber(text);
  return value === null || (value !== undefined && Number.isInteger(value)) ? value : undefined;
}

/** The command's input, or null while a figure is not a positive number. */
export function toApplyCharter(draft: CharterDraft): CommandInput<'applyCharter'> | null {
  const attend = optionalNumber(draft.attendTargetSeconds);
  const guide = optionalNumber(draft.guideTargetSeconds);
  const amount = optionalNumber(draft.compensationAmountWon);
  const warning = Number(draft.warningPercent);
  const counts = {
    complaint: optionalCount(draft.complaintReplyDays),
    dissatisfaction: optionalCount(draft.dissatisfactionReplyDays),
    unkindness: optionalCount(draft.unkindnessReplyDays),
    suggestion: optionalCount(draft.suggestionReplyDays),
    threshold: optionalCount(draft.unkindnessActionThreshold),
    window: optionalCount(draft.unkindnessWindowDays),
  };
  if (attend === undefined || guide === undefined || amount === undefined) return null;
  if (!(warning > 0 && warning <= 100)) return null;
  const { complaint, dissatisfaction, unkindness, suggestion, threshold, window } = counts;
  // Complaints always have a deadline and the unkindness count always a period.
  if (complaint == null || window == null) return null;
  if (dissatisfaction === undefined || unkindness === undefined || suggestion === undefined) return null;
  if (threshold === undefined) return null;
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
    complaintReplyDays: complaint,
    dissatisfactionReplyDays: dissatisfaction,
    unkindnessReplyDays: unkindness,
    suggestionReplyDays: suggestion,
    unkindnessActionThreshold: threshold,
    unkindnessWindowDays: window,
    greetingKo: draft.greetingKo,
  };
}
