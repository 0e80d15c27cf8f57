import type { WebContentsPrintOptions } from 'electron';

export const paperWidthsMm = [80, 58] as const;
export type PaperWidthMm = (typeof paperWidthsMm)[number];
const FALLBACK_HEIGHT_MM = 200;

/**
 * Silent printing on a roll-paper ticket printer: no dialog, no margins, the page as wide as the
 * paper and as long as the ticket the kiosk measured; a roll printer feeds the whole page, so a
 * generous fallback length (when none is given) is blank paper.
 */
export function ticketPrintOptions(
  paperWidthMm: PaperWidthMm,
  printerName: string | null,
  heightMm: number = FALLBACK_HEIGHT_MM,
): WebContentsPrintOptions {
  return {
    silent: true,
    printBackground: true,
    ...(printerName ? { deviceName: printerName } : {}),
    margins: { marginType: 'none' },
    pageSize: { width: paperWidthMm * 1000, height: Math.round(heightMm * 1000) },
    copies: 1,
  };
}
