import type { WebContentsPrintOptions } from 'electron';

export const paperWidthsMm = [80, 58] as const;
export type PaperWidthMm = (typeof paperWidthsMm)[number];

/**
 * Silent printing on a roll-paper ticket printer: no dialog, no margins, the page as wide as the
 * paper. Height is generous; roll printers cut at the end of the content.
 */
export function ticketPrintOptions(
  paperWidthMm: PaperWidthMm,
  printerName: string | null,
): WebContentsPrintOptions {
  return {
    silent: true,
    printBackground: true,
    ...(printerName ? { deviceName: printerName } : {}),
    margins: { marginType: 'none' },
    pageSize: { width: paperWidthMm * 1000, height: 200_000 },
    copies: 1,
  };
}
