import type { CompensationStatus, EscortKind, EscortReason, Language } from '../contract/views';
import type { Charter } from '../charter/presets';
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
  /** The ticket this visit continues after a transfer, and where that one was issued. */
  transferredFromNumber: string | null;
  transferredFromDepartmentKo: string | null;
  repeatOfNumber: string | null;
  repeatOfDay: string | null;
  repeatStaffError: boolean | null;
  compensationKind: Charter['compensationKind'] | null;
  compensationAmountWon: number | null;
  compensationStatus: CompensationStatus | null;
};
