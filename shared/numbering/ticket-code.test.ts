import { describe, expect, it } from 'vitest';
import { formatTicketCode, normalizeTicketCode, ticketCodeFromRandom } from './ticket-code';

describe('ticket codes', () => {
  it('makes nine digits whose last is a valid check digit', () => {
    const code = ticketCodeFromRandom(new Uint8Array([1, 2, 3, 4]));
    expect(code).toMatch(/^\d{9}$/);
    expect(normalizeTicketCode(code)).toBe(code);
  });

  it('gives different codes for different randomness', () => {
    const a = ticketCodeFromRandom(new Uint8Array([0, 0, 0, 1]));
    const b = ticketCodeFromRandom(new Uint8Array([0, 0, 0, 2]));
    expect(a).not.toBe(b);
  });

  it('accepts the code as printed, with dashes or spaces', () => {
    const code = ticketCodeFromRandom(new Uint8Array([9, 8, 7, 6]));
    expect(normalizeTicketCode(formatTicketCode(code))).toBe(code);
    expect(normalizeTicketCode(` ${code.slice(0, 3)} ${code.slice(3)} `)).toBe(code);
  });

  it('catches every single mistyped digit', () => {
    const code = ticketCodeFromRandom(new Uint8Array([200, 17, 3, 99]));
    for (let i = 0; i < code.length; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === code[i]) continue;
        const typo = code.slice(0, i) + String(d) + code.slice(i + 1);
        expect(normalizeTicketCode(typo)).toBeNull();
      }
    }
  });

  it('refuses input of the wrong length or with letters', () => {
    expect(normalizeTicketCode('12345678')).toBeNull();
    expect(normalizeTicketCode('1234567890')).toBeNull();
    expect(normalizeTicketCode('12345678a')).toBeNull();
    expect(normalizeTicketCode('')).toBeNull();
  });

  it('formats in three groups', () => {
    expect(formatTicketCode('123456789')).toBe('123-456-789');
  });
});
