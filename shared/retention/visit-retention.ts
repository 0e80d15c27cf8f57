import type { HubEventType } from '../contract/events';
import { addDays, businessDay } from '../time/business-day';

/** How long visit details are kept by default: one year, a product default (no charter sets it). */
export const DEFAULT_RETENTION_DAYS = 365;
/**
 * The shortest period an office may set: a repeat-visit claim looks back 90 days, and the
 * earlier visit must still be there to be judged.
 */
export const MIN_RETENTION_DAYS = 90;
export const MAX_RETENTION_DAYS = 3650;

/** The first business day whose visit details are kept at `now`. */
export function firstKeptDay(now: number, retentionDays: number): string {
  return addDays(businessDay(now), -retentionDays);
}

/**
 * The last business day whose visit details are past the retention period at `now`: with 365
 * days, on 2027-11-23 the visits of 2026-11-23 are kept and those of 2026-11-22 go.
 */
export function purgeThroughDay(now: number, retentionDays: number): string {
  return addDays(businessDay(now), -(retentionDays + 1));
}

/**
 * The events that carry a visit's details (the ticket with its notes, an escort request): a
 * purge removes their payloads. Compensation events stay whole: the ledger is the office's
 * financial record and keeps the same facts.
 */
export const visitEventTypes = [
  'ticketIssued',
  'ticketCalled',
  'ticketCheckedIn',
  'arrivalAcknowledged',
  'visitFinished',
  'ticketRecalled',
  'ticketTransferred',
  'repeatVisitJudged',
  'escortRequested',
  'escortAccepted',
  'escortDelivered',
  'visitRated',
] as const satisfies readonly HubEventType[];

/**
 * The line an export prints when its range reaches days whose visit details were purged; null
 * when it does not.
 */
export function purgedDetailsNoteKo(from: string, purgedThrough: string | null): string | null {
  if (purgedThrough === null || from > purgedThrough) return null;
  return (
    `${addDays(purgedThrough, 1)} 이전 방문의 상세 기록은 보존 기간이 지나 삭제되었습니다. ` +
    '그 날짜의 요약은 보관된 일별 요약에서 계산했습니다.'
  );
}
