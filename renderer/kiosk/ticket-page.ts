/** CSS fixes 96 px to the inch, on screen and on paper alike. */
const MM_PER_CSS_PX = 25.4 / 96;

/**
 * How long a printed ticket's page is: the ticket's own height and one millimetre for the cutter,
 * in whole millimetres. Roll paper is fed by the page, so a longer page is blank paper thrown away.
 */
export function ticketPageHeightMm(ticketHeightPx: number): number {
  return Math.ceil(ticketHeightPx * MM_PER_CSS_PX + 1);
}

/** The page rule that makes the paper exactly as wide as the roll and as long as the ticket. */
export function ticketPageRule(paperWidthMm: number, heightMm: number): string {
  return `@page { size: ${String(paperWidthMm)}mm ${String(heightMm)}mm; margin: 0; }`;
}

/** The printed ticket's page length as laid out now, or null when it is not in the page. */
export function measureTicketPage(): number | null {
  const paper = document.querySelector<HTMLElement>('.ticket-print');
  return paper === null ? null : ticketPageHeightMm(paper.getBoundingClientRect().height);
}

let pageSheet: CSSStyleSheet | null = null;

/**
 * Sets the printed page to the ticket's size, or back to the stylesheet's default (null). Through
 * the CSSOM, since the hub's Content-Security-Policy refuses inline styles.
 */
export function setTicketPage(paperWidthMm: number, heightMm: number | null): void {
  if (pageSheet === null) {
    pageSheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageSheet];
  }
  pageSheet.replaceSync(heightMm === null ? '' : ticketPageRule(paperWidthMm, heightMm));
}
