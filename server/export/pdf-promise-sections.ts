import { summarizeRatings } from '../../shared/satisfaction/rating';
import type { CaseTally } from '../../shared/report/case-summary';
import type { GroupSummary, ReportSummary } from '../../shared/report/summary';
import { caseKindKo } from './case-columns';
import { A4_MARGIN, drawRow, ensureRoom, INK, MUTED, type Column } from './pdf-table';

const percent = (share: number | null): string => (share === null ? '—' : `${(share * 100).toFixed(1)}%`);
const score = (average: number | null): string => (average === null ? '—' : average.toFixed(2));

function heading(doc: PDFKit.PDFDocument, title: string): void {
  ensureRoom(doc, 80);
  doc.font('bold').fontSize(12).fillColor(INK).text(title, A4_MARGIN);
  doc.moveDown(0.3);
}

const satisfactionColumns: Column[] = [
  { title: '부서·창구', width: 170 },
  { title: '완료', width: 50, align: 'right' },
  { title: '평가', width: 50, align: 'right' },
  { title: '평가율', width: 60, align: 'right' },
  { title: '평균(5점)', width: 60, align: 'right' },
  { title: '만족 비율', width: 109, align: 'right' },
];

function satisfactionRow(doc: PDFKit.PDFDocument, g: GroupSummary): void {
  const s = summarizeRatings(g.ratings, g.served);
  ensureRoom(doc, 16);
  drawRow(doc, satisfactionColumns, [
    g.labelKo,
    String(s.served),
    String(s.rated),
    percent(s.ratedShare),
    score(s.average),
    percent(s.satisfiedShare),
  ]);
}

/** 고객 만족도: how many of the visits served were rated, and how, per department and desk. */
export function drawSatisfactionSection(doc: PDFKit.PDFDocument, summary: ReportSummary): void {
  const total = summarizeRatings(summary.total.ratings, summary.total.served);
  heading(doc, '고객 만족도');
  doc
    .font('regular')
    .fontSize(10)
    .fillColor(INK)
    .text(
      `완료 ${total.served}건 중 ${total.rated}건 평가 (${percent(total.ratedShare)}) · 평균 ${score(total.average)}점 · ` +
        `만족·매우 만족 ${percent(total.satisfiedShare)}`,
      A4_MARGIN,
    );
  doc.moveDown(0.4);
  drawRow(
    doc,
    satisfactionColumns,
    satisfactionColumns.map((c) => c.title),
    true,
  );
  for (const g of [...summary.departments, ...summary.desks]) satisfactionRow(doc, g);
  doc.moveDown(1);
}

const caseColumns: Column[] = [
  { title: '종류', width: 79 },
  { title: '접수', width: 55, align: 'right' },
  { title: '기한 내 답변', width: 70, align: 'right' },
  { title: '기한 후 답변', width: 70, align: 'right' },
  { title: '처리 중', width: 55, align: 'right' },
  { title: '기한 경과', width: 60, align: 'right' },
  { title: '지연 통지', width: 110, align: 'right' },
];

const caseCells = (label: string, t: CaseTally): string[] => [
  label,
  String(t.received),
  String(t.answeredOnTime),
  String(t.answeredLate),
  String(t.open),
  String(t.overdue),
  t.lateDelayNotices > 0 ? `${t.delayed} (기한 후 ${t.lateDelayNotices})` : String(t.delayed),
];

/**
 * 불만·불친절 신고 처리: cases received in the period against the charter's reply deadlines, and
 * the unkindness reports per desk (and per official where the office allows names).
 */
export function drawCaseSection(doc: PDFKit.PDFDocument, summary: ReportSummary, staffNames: boolean): void {
  const { cases } = summary;
  heading(doc, '불만·불친절 신고와 건의 처리');
  if (cases.total.received === 0) {
    doc
      .font('regular')
      .fontSize(10)
      .fillColor(MUTED)
      .text('이 기간에 접수된 신고·건의가 없습니다.', A4_MARGIN);
    doc.moveDown(1);
    return;
  }
  drawRow(
    doc,
    caseColumns,
    caseColumns.map((c) => c.title),
    true,
  );
  for (const k of cases.byKind)
    if (k.received > 0) drawRow(doc, caseColumns, caseCells(caseKindKo[k.kind], k));
  drawRow(doc, caseColumns, caseCells('합계', cases.total), true);
  const lines = cases.unkindness.filter((u) => staffNames || u.staffId === null);
  if (lines.length > 0) {
    doc.moveDown(0.5);
    doc
      .font('regular')
      .fontSize(10)
      .fillColor(INK)
      .text('불친절 신고 (사실이 아닌 것으로 확인된 신고 제외)', A4_MARGIN);
    for (const u of lines) {
      ensureRoom(doc, 14);
      doc.text(`· ${u.staffName ?? u.deskKo ?? ''}: ${u.count}건`, A4_MARGIN);
    }
  }
  doc.moveDown(1);
}
