import type { CompensationStatus, EscortKind, EscortReason, Language } from '../contract/views';
import type { Charter } from '../charter/presets';
import type { RatingScore } from '../satisfaction/rating';
import type { PriorityNeed } from '../queue/priority-rule';
import type { VisitStatus } from '../visit/lifecycle';

/** One visit with the names a report prints; what the export reads from the store. */
export type VisitRecord = {
  ticketId: number;
  number: string;
  businessDay: string;
  departmentId: number;
  departmentKo: string;
  deskId: number | null;
  deskKo: string | null;
  /** Who acknowledged the visit; a report shows them only where the office allows it. */
  staffId: number | null;
  staffName: string | null;
  language: Language;
  status: VisitStatus;
  issuedAt: number;
  arrivedAt: number | null;
  acknowledgedAt: number | null;
  finishedAt: number | null;
  attendTargetMs: number | null;
  guideTargetMs: number | null;
  escortKind: EscortKind | null;
  escortReason: EscortReason | null;
  escortRequestedAt: number | null;
  escortDeliveredAt: number | null;
  repeatOfNumber: string | null;
  repeatOfDay: string | null;
  repeatStaffError: boolean | null;
  compensationKind: Charter['compensationKind'] | null;
  compensationAmountWon: number | null;
  compensationStatus: CompensationStatus | null;
  /** The visitor's one-tap rating of the visit; null when they gave none. */
  rating: RatingScore | null;
  /** Null for an ordinary visit. */
  priorityNeed: PriorityNeed | null;
};
