import type { CaseCategory, CaseChannel, CaseKind } from '../cases/case-kinds';
import type { CaseStatus } from '../cases/case-lifecycle';
import type { UnkindnessCount } from '../cases/unkindness-count';
import type { RatingScore } from '../satisfaction/rating';
import type { Language } from './views';

/**
 * A complaint, dissatisfaction, unkindness report or suggestion as staff screens and events see
 * it. The visitor's contact for the reply is never part of it: it stays in its own table, is
 * shown only to the manager, and is deleted after a short while (see CASE_CONTACT_RETENTION_DAYS).
 */
export type Case = {
  id: number;
  /** "2026-0012": the year of receipt and its running number, what the visitor is told. */
  number: string;
  kind: CaseKind;
  category: CaseCategory;
  channel: CaseChannel;
  language: Language;
  /** What the visitor said, as typed; may be empty. */
  description: string;
  /** What the case concerns, where known. */
  departmentId: number | null;
  deskId: number | null;
  staffId: number | null;
  ticketId: number | null;
  /** Kept with the case: the ticket row itself goes when its visit details are purged. */
  ticketNumber: string | null;
  ticketDay: string | null;
  receivedAt: number;
  /** The staff member who wrote it down; null at the kiosk. */
  receivedBy: number | null;
  /** The charter's days for this kind when it was received; null where the charter sets none. */
  replyDays: number | null;
  /** The deadline as received, and the one in force after any delay notice. */
  originalDueAt: number | null;
  dueAt: number | null;
  status: CaseStatus;
  /** The latest delay notice: its reason and when it was given. */
  delayReason: string | null;
  delayNotifiedAt: number | null;
  /** A delay was notified only after the deadline then in force had passed. */
  lateDelayNotice: boolean;
  answeredAt: number | null;
  answeredBy: number | null;
  answerSummary: string | null;
  /** The office's finding: was the report borne out? null where not said (a suggestion). */
  upheld: boolean | null;
  closedAt: number | null;
  closedBy: number | null;
  /** Whether a contact for the reply is (still) kept. */
  hasContact: boolean;
};

export type CaseStepKind = 'received' | 'delayNotified' | 'answered' | 'closed';

/** One step of a case, in order: the history the manager reads and the export prints. */
export type CaseStep = {
  caseId: number;
  step: CaseStepKind;
  at: number;
  staffId: number | null;
  /** The delay's reason or the answer's summary. */
  note: string | null;
  /** The deadline a delay notice set. */
  dueAt: number | null;
};

/** The manager's view of a case: with its steps and, until deleted, the contact for the reply. */
export type CaseRecord = Case & { steps: CaseStep[]; contact: string | null };

/**
 * `GET /api/v1/cases`: every open case and those received in the asked days, with the unkindness
 * counts over the charter's rolling period and its threshold (null: the charter sets none).
 */
export type CaseList = {
  cases: CaseRecord[];
  unkindness: UnkindnessCount[];
  unkindnessThreshold: number | null;
  unkindnessWindowDays: number;
  now: number;
  seq: number;
};

/** A visit's one-tap rating: anonymous, linked to the visit and where it was served. */
export type VisitRating = {
  ticketId: number;
  departmentId: number;
  deskId: number | null;
  businessDay: string;
  score: RatingScore;
  ratedAt: number;
};
