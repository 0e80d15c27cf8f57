import { describe, expect, it } from 'vitest';
import { ticketPrintOptions } from './print-options';

describe('ticket print options', () => {
  it('prints silently on 80 mm paper without margins', () => {
    expect(ticketPrintOptions(80, 'BIXOLON SRP-330II')).toEqual({
      silent: true,
      printBackground: true,
      deviceName: 'BIXOLON SRP-330II',
      margins: { marginType: 'none' },
      pageSize: { width: 80_000, height: 200_000 },
      copies: 1,
    });
  });

  it('uses the 58 mm width, and the system printer when none is chosen', () => {
    const options = ticketPrintOptions(58, null);
    expect(options.pageSize).toEqual({ width: 58_000, height: 200_000 });
    expect(options).not.toHaveProperty('deviceName');
  });

  it('makes the page as long as the ticket the kiosk measured, in microns', () => {
    expect(ticketPrintOptions(80, null, 84).pageSize).toEqual({ width: 80_000, height: 84_000 });
  });
});
