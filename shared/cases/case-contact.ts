/**
 * A visitor's contact for the reply is kept this long after the case is answered, then deleted
 * with nothing else: long enough for a follow-up question about the answer, and no longer. A
 * product default (no charter sets one); the case itself stays.
 */
export const CASE_CONTACT_RETENTION_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** When the contact of a case answered at `answeredAt` is deleted. */
export function contactPurgeAt(answeredAt: number): number {
  return answeredAt + CASE_CONTACT_RETENTION_DAYS * DAY_MS;
}

/** A phone number typed on the kiosk's keypad: digits only, as long as Korean numbers run. */
export const KIOSK_CONTACT_PATTERN = /^0\d{8,10}$/;

/** Case numbers: the year of receipt and a running number, "2026-0012". */
export function caseNumber(year: string, sequence: number): string {
  return `${year}-${String(sequence).padStart(4, '0')}`;
}
