import type { Charter } from '../shared/charter/presets';
import { languages, type Language } from '../shared/contract/views';
import type { Db } from './open-database';
import { prepared } from './prepared';
import { cachedRead } from './read-cache';

type SettingsRow = {
  preset_id: Charter['presetId'];
  office_ko: string;
  office_en: string;
  attend_target_ms: number | null;
  guide_target_ms: number | null;
  warning_share: number;
  compensation_kind: Charter['compensationKind'];
  compensation_amount_won: number | null;
  compensation_basis_ko: string;
  escort_policy: Charter['escortPolicy'];
  stand_in_required: number;
  complaint_reply_days: number;
  dissatisfaction_reply_days: number | null;
  unkindness_reply_days: number | null;
  suggestion_reply_days: number | null;
  unkindness_action_threshold: number | null;
  unkindness_window_days: number;
  greeting_ko: string;
};

export function getCharter(db: Db): Charter | null {
  return cachedRead(db, 'charter', ['settings'], () => readCharter(db));
}

function readCharter(db: Db): Charter | null {
  const row = prepared<[], SettingsRow>(db, 'SELECT * FROM settings WHERE id = 1').get();
  if (!row) return null;
  return {
    presetId: row.preset_id,
    officeKo: row.office_ko,
    officeEn: row.office_en,
    attendTargetMs: row.attend_target_ms,
    guideTargetMs: row.guide_target_ms,
    warningShare: row.warning_share,
    compensationKind: row.compensation_kind,
    compensationAmountWon: row.compensation_amount_won,
    compensationBasisKo: row.compensation_basis_ko,
    escortPolicy: row.escort_policy,
    standInRequired: row.stand_in_required === 1,
    complaintReplyDays: row.complaint_reply_days,
    dissatisfactionReplyDays: row.dissatisfaction_reply_days,
    unkindnessReplyDays: row.unkindness_reply_days,
    suggestionReplyDays: row.suggestion_reply_days,
    unkindnessActionThreshold: row.unkindness_action_threshold,
    unkindnessWindowDays: row.unkindness_window_days,
    greetingKo: row.greeting_ko,
  };
}

export function saveCharter(db: Db, c: Charter): void {
  prepared(
    db,
    `INSERT INTO settings (id, preset_id, office_ko, office_en, attend_target_ms, guide_target_ms, warning_share,
       compensation_kind, compensation_amount_won, compensation_basis_ko, escort_policy, stand_in_required,
       complaint_reply_days, dissatisfaction_reply_days, unkindness_reply_days, suggestion_reply_days,
       unkindness_action_threshold, unkindness_window_days, greeting_ko)
     VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET preset_id = excluded.preset_id, office_ko = excluded.office_ko,
       office_en = excluded.office_en, attend_target_ms = excluded.attend_target_ms,
       guide_target_ms = excluded.guide_target_ms, warning_share = excluded.warning_share,
       compensation_kind = excluded.compensation_kind, compensation_amount_won = excluded.compensation_amount_won,
       compensation_basis_ko = excluded.compensation_basis_ko, escort_policy = excluded.escort_policy,
       stand_in_required = excluded.stand_in_required, complaint_reply_days = excluded.complaint_reply_days,
       dissatisfaction_reply_days = excluded.dissatisfaction_reply_days,
       unkindness_reply_days = excluded.unkindness_reply_days, suggestion_reply_days = excluded.suggestion_reply_days,
       unkindness_action_threshold = excluded.unkindness_action_threshold,
       unkindness_window_days = excluded.unkindness_window_days, greeting_ko = excluded.greeting_ko`,
  ).run(
    c.presetId,
    c.officeKo,
    c.officeEn,
    c.attendTargetMs,
    c.guideTargetMs,
    c.warningShare,
    c.compensationKind,
    c.compensationAmountWon,
    c.compensationBasisKo,
    c.escortPolicy,
    c.standInRequired ? 1 : 0,
    c.complaintReplyDays,
    c.dissatisfactionReplyDays,
    c.unkindnessReplyDays,
    c.suggestionReplyDays,
    c.unkindnessActionThreshold,
    c.unkindnessWindowDays,
    c.greetingKo,
  );
}

/** The kiosk's languages as stored, keeping only ones the screens know, Korean first and always. */
export function kioskLanguagesFrom(stored: string): Language[] {
  const known = stored
    .split(',')
    .filter((code): code is Language => (languages as readonly string[]).includes(code));
  return ['ko', ...new Set(known.filter((code) => code !== 'ko'))];
}

/** Every language until the office has settings (a charter) to keep a choice in. */
export function getKioskLanguages(db: Db): Language[] {
  const row = prepared<[], { kiosk_languages: string }>(
    db,
    'SELECT kiosk_languages FROM settings WHERE id = 1',
  ).get();
  return row ? kioskLanguagesFrom(row.kiosk_languages) : [...languages];
}

/** False when there is no settings row yet to keep the choice in. */
export function saveKioskLanguages(db: Db, chosen: readonly Language[]): boolean {
  return (
    prepared(db, 'UPDATE settings SET kiosk_languages = ? WHERE id = 1').run(chosen.join(',')).changes > 0
  );
}
