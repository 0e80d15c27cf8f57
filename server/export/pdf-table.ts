/** The layout the printed report's tables share. */
export const A4_MARGIN = 48;
export const INK = '#1d2939';
export const MUTED = '#667085';
const RULE = '#d0d5dd';

export type Column = { title: string; width: number; align?: 'left' | 'right' };

export function drawRow(
  doc: PDFKit.PDFDocument,
  columns: readonly Column[],
  cells: readonly string[],
  bold = false,
): void {
  const y = doc.y;
  let x = A4_MARGIN;
  doc
    .font(bold ? 'bold' : 'regular')
    .fontSize(8.5)
    .fillColor(INK);
  columns.forEach((c, i) => {
    doc.text(cells[i] ?? '', x + 2, y, { width: c.width - 4, align: c.align ?? 'left', lineBreak: false });
    x += c.width;
  });
  doc.y = y + 15;
  doc
    .moveTo(A4_MARGIN, doc.y - 3)
    .lineTo(x, doc.y - 3)
    .strokeColor(RULE)
    .lineWidth(0.5)
    .stroke();
}

export function ensureRoom(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.height - A4_MARGIN) doc.addPage();
}
