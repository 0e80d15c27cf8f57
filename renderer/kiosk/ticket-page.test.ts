import { describe, expect, it } from 'vitest';
import { ticketPageHeightMm, ticketPageRule } from './ticket-page';

describe('the printed ticket’s page', () => {
  it('is as long as the ticket and a millimetre more, in whole millimetres', () => {
    // 96 px is an inch: 25.4 mm of ticket needs a 27 mm page.
    expect(ticketPageHeightMm(96)).toBe(27);
    expect(ticketPageHeightMm((83 / 25.4) * 96)).toBe(84);
  });

  it('is as wide as the roll', () => {
    expect(ticketPageRule(58, 120)).toBe('@page { size: 58mm 120mm; margin: 0; }');
  });
});
