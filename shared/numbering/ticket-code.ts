/**
 * The short code printed on every ticket: what a desk types or scans to check a visitor in, and
 * what a visitor types at the kiosk to say "I came before for this". Digits only, because the
 * kiosk's accessible keypad and barcode scanners handle digits best; eight random digits and a
 * Luhn check digit, so a mistyped digit or swapped pair is caught before any lookup.
 */
export const TICKET_CODE_LENGTH = 9;

function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** Builds a code from 4 random bytes (the caller owns the randomness, keeping this pure). */
export function ticketCodeFromRandom(random: Uint8Array): string {
  if (random.length < 4) throw new RangeError('need 4 random bytes');
  const value = ((random[0]! << 24) | (random[1]! << 16) | (random[2]! << 8) | random[3]!) >>> 0;
  const body = String(value % 100_000_000).padStart(8, '0');
  return body + String(luhnCheckDigit(body));
}

/** Strips what people and scanners add (spaces, dashes); null when it cannot be a code. */
export function normalizeTicketCode(input: string): string | null {
  const digits = input.replace(/[\s-]/g, '');
  if (!/^\d+$/.test(digits) || digits.length !== TICKET_CODE_LENGTH) return null;
  const body = digits.slice(0, -1);
  return Number(digits.at(-1)) === luhnCheckDigit(body) ? digits : null;
}

/** "123-456-789": three groups are easier to read aloud and to type. */
export function formatTicketCode(code: string): string {
  return `${code.slice(0, 3)}-${code.slice(3, 6)}-${code.slice(6)}`;
}
