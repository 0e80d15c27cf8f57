import { describe, expect, it } from 'vitest';
import { displayTicketNumber, formatTicketNumber } from './ticket-number';

describe('ticket numbers', () => {
  it('puts the department prefix before a three-digit sequence', () => {
    expect(formatTicketNumber('A', 1)).toBe('A001');
    expect(formatTicketNumber('BC', 42)).toBe('BC042');
    expect(formatTicketNumber('A', 1234)).toBe('A1234');
  });

  it('refuses prefixes and sequences that cannot be printed', () => {
    expect(() => formatTicketNumber('a', 1)).toThrow(RangeError);
    expect(() => formatTicketNumber('ABC', 1)).toThrow(RangeError);
    expect(() => formatTicketNumber('A', 0)).toThrow(RangeError);
    expect(() => formatTicketNumber('A', 1.5)).toThrow(RangeError);
  });

  it('separates prefix and digits for display and speech', () => {
    expect(displayTicketNumber('A007')).toBe('A 007');
  });
});
