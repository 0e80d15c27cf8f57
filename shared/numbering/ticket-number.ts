/** A department's ticket prefix: one or two capital letters, as printed on the ticket. */
export const TICKET_PREFIX_PATTERN = /^[A-Z]{1,2}$/;

/** Numbers are padded to three digits; a busy department past 999 simply gets four. */
export function formatTicketNumber(prefix: string, sequence: number): string {
  if (!TICKET_PREFIX_PATTERN.test(prefix)) throw new RangeError(`bad ticket prefix: ${prefix}`);
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`bad sequence: ${sequence}`);
  return `${prefix}${String(sequence).padStart(3, '0')}`;
}

/** Spoken and shown with a space so that "A 007" is not read as "A seven hundred". */
export function displayTicketNumber(number: string): string {
  const match = /^([A-Z]+)(\d+)$/.exec(number);
  return match ? `${match[1]} ${match[2]}` : number;
}
