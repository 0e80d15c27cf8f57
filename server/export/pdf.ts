import type { Writable } from 'node:stream';
import PDFDocument from 'pdfkit';
import type { Charter } from '../../shared/charter/presets';
import type { ClockSummary, GroupSummary, ReportSummary } from '../../shared/report/summary';
import { seoulDateTime } from '../../shared/report/seoul-time';
import { formatDuration } from '../../shared/time/duration';
import { measureVisit } from '../../shared/report/visit-measures';
import type { VisitRecord } from '../../shared/report/visit-record';
import { pdfFontPaths } from './pdf-fonts';
import { drawCaseSection, drawSatisfactionSection } from './pdf-promise-sections';
import { A4_MARGIN, drawRow, ensureRoom, INK, MUTED, type Column } from './pdf-table';

/** A printed report lists this many breaches at most; the CSV and XLSX have them all. */
export const PDF_BREACHES_LISTED = 500;

/** A measured time as every screen shows it (shared/time/duration.ts). */
const duration = (ms: number | null): string => (ms === null ? '—' : formatDuration(ms));

/** A charter target in words: "10초", "3분", "1분 30초". */
function targetKo(ms: number): string {
  const total = Math.round(ms / 1000);
  const minutes = Math.floor(total / 60);
  const rest = total % 60;
  if (minutes === 0) return `${rest}초`;
  return rest === 0 ? `${minutes}분` : `${minutes}분 ${rest}초`;
}

const share = (c: ClockSummary): string =>
  c.withinShare === null ? '—' : `${(c.withinShare * 100).toFixed(1)}%`;

function charterLine(charter: Charter | null): string {
  if (!charter) return '적용 헌장 없음';
  const attend =
    charter.attendTargetMs === null ? '응대 목표 없음' : `응대 목표 ${targetKo(charter.attendTargetMs)} 이내`;
  const guide =
    charter.guideTargetMs === null ? '안내 목표 없음' : `안내 목표 ${targetKo(charter.guideTargetMs)} 이내`;
  return `현재 적용 헌장: ${charter.officeKo} · ${attend} · ${guide} (각 방문은 발급 당시의 목표로 판정)`;
}

export type PdfHeader = {
  officeKo: string;
  charter: Charter | null;
  generatedAt: number;
  /** The last event of the period: `npm run verify-log` and the database can confirm it later. */
  logLink: { seq: number; hash: string };
  /** Says that the visit details of some days were purged (their breaches are no longer listed). */
  purgedNote: string | null;
  /** Whether the office lets reports name staff (the unkindness counts per official). */
  includeStaffNames: boolean;
  /** The office's 결재란 (담당 · 팀장 · 과장) at the top right of the first page. */
  approvalBoxes: boolean;
};

const APPROVERS = ['담당', '팀장', '과장'] as const;
const BOX_WIDTH = 52;
const BOX_HEAD = 15;
const BOX_SIGN = 38;

/** The 결재란: one column per approver, a signature box under each title. */
function drawApprovalBoxes(doc: PDFKit.PDFDocument): void {
  const left = doc.page.width - A4_MARGIN - APPROVERS.length * BOX_WIDTH;
  const top = A4_MARGIN;
  doc.lineWidth(0.7).strokeColor(INK);
  APPROVERS.forEach((title, i) => {
    const x = left + i * BOX_WIDTH;
    doc.rect(x, top, BOX_WIDTH, BOX_HEAD + BOX_SIGN).stroke();
    doc
      .moveTo(x, top + BOX_HEAD)
      .lineTo(x + BOX_WIDTH, top + BOX_HEAD)
      .stroke();
    doc
      .font('regular')
      .fontSize(8.5)
      .fillColor(INK)
      .text(title, x, top + 3.5, { width: BOX_WIDTH, align: 'center', lineBreak: false });
  });
  doc.x = A4_MARGIN;
  doc.y = top;
}

/** "1 / 3" at the foot of every page, once the number of pages is known. */
function numberPages(doc: PDFKit.PDFDocument): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would start a new page; lift the margin for the footer.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('regular')
      .fontSize(8.5)
      .fillColor(MUTED)
      .text(`${i - start + 1} / ${count}`, A4_MARGIN, doc.page.height - A4_MARGIN / 2 - 6, {
        width: doc.page.width - 2 * A4_MARGIN,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}

/**
 * What the log's check value means, in the words of a 민원실, not of a programmer: the figures
 * can be shown later to be the records as they were.
 */
export function logLinkNoteKo(seq: number): string {
  return (
    `위 값은 이 보고서가 바탕으로 삼은 처리 기록 ${seq}건(번호표 발급·호출·응대·보상 등)을 순서대로 묶어 만든 ` +
    '‘지문’입니다. 기록을 한 글자라도 고치거나 지우면 이 값이 달라집니다. 나중에 전산 담당자가 같은 값이 ' +
    '나오는지 대조하면(verify-log), 이 보고서의 수치가 원래 기록 그대로임을 확인할 수 있습니다.'
  );
}

const groupColumns = (nameTitle: string): Column[] => [
  { title: nameTitle, width: 96 },
  { title: '방문', width: 36, align: 'right' },
  { title: '완료', width: 36, align: 'right' },
  { title: '부재', width: 36, align: 'right' },
  { title: '이관', width: 36, align: 'right' },
  { title: '마감', width: 36, align: 'right' },
  { title: '중앙값', width: 56, align: 'right' },
  { title: '90%', width: 56, align: 'right' },
  { title: '최장', width: 56, align: 'right' },
  { title: '준수율', width: 55, align: 'right' },
];

/** One table of groups (departments, days, staff) with the time-to-attend clock of each. */
function drawGroupTable(doc: PDFKit.PDFDocument, title: string, nameTitle: string, groups: GroupSummary[]) {
  const columns = groupColumns(nameTitle);
  ensureRoom(doc, 60);
  doc.font('bold').fontSize(12).fillColor(INK).text(title, A4_MARGIN);
  doc.moveDown(0.4);
  drawRow(
    doc,
    columns,
    columns.map((c) => c.title),
    true,
  );
  if (groups.length === 0) doc.font('regular').fontSize(10).fillColor(MUTED).text('없음', A4_MARGIN);
  for (const g of groups) {
    if (doc.y + 16 > doc.page.height - A4_MARGIN) {
      doc.addPage();
      drawRow(
        doc,
        columns,
        columns.map((c) => c.title),
        true,
      );
    }
    drawRow(doc, columns, [
      g.labelKo,
      String(g.visitors),
      String(g.served),
      String(g.noShows),
      String(g.transferred),
      String(g.closedAtDayEnd),
      duration(g.attend.medianMs),
      duration(g.attend.p90Ms),
      duration(g.attend.worstMs),
      share(g.attend),
    ]);
  }
  doc.moveDown(1);
}

/** The printable 서비스 이행기준 달성도: the summary table, then the list of breaches. */
export async function writeComplianceReportPdf(
  header: PdfHeader,
  summary: ReportSummary,
  records: Iterable<VisitRecord>,
  out: Writable,
): Promise<void> {
  const fonts = pdfFontPaths();
  const doc = new PDFDocument({
    size: 'A4',
    margin: A4_MARGIN,
    // Pages stay open until the end, so each can say "2 / 5".
    bufferPages: true,
    info: { Title: '서비스 이행기준 달성도' },
  });
  const done = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
  });
  doc.pipe(out);
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);

  // Beside the 결재란 the heading keeps to the page's left part.
  const fullWidth = doc.page.width - 2 * A4_MARGIN;
  const headWidth = header.approvalBoxes ? fullWidth - APPROVERS.length * BOX_WIDTH - 12 : fullWidth;
  if (header.approvalBoxes) drawApprovalBoxes(doc);
  doc.font('bold').fontSize(18).fillColor(INK).text('서비스 이행기준 달성도', { width: headWidth });
  doc.moveDown(0.3);
  const period = summary.from === summary.to ? summary.from : `${summary.from} ~ ${summary.to}`;
  doc
    .font('regular')
    .fontSize(10)
    .fillColor(MUTED)
    .text(`${header.officeKo} · ${period} · 작성 ${seoulDateTime(header.generatedAt)}`, { width: headWidth });
  doc.text(charterLine(header.charter), { width: headWidth });
  if (header.approvalBoxes) doc.y = Math.max(doc.y, A4_MARGIN + BOX_HEAD + BOX_SIGN + 6);
  doc.moveDown(0.3);
  doc.fontSize(7.5).text(`기록 확인값 (처리 기록 ${header.logLink.seq}건째까지): ${header.logLink.hash}`, {
    width: fullWidth,
  });
  doc.fontSize(8).text(logLinkNoteKo(header.logLink.seq), { width: fullWidth });
  if (header.purgedNote) doc.fontSize(9).text(header.purgedNote, { width: fullWidth });
  doc.moveDown(1);

  const t = summary.total;
  doc.font('bold').fontSize(12).fillColor(INK).text('합계');
  doc.moveDown(0.3);
  doc
    .font('regular')
    .fontSize(10)
    .text(
      `방문 ${t.visitors}건 · 완료 ${t.served}건 · 부재 ${t.noShows}건 · 이관 ${t.transferred}건 · ` +
        `업무 종료로 마감 ${t.closedAtDayEnd}건 · 동행 안내 ${t.escorts}건 · 재방문 ${t.repeatVisits}건 · ` +
        `보상 ${t.compensations}건`,
    );
  doc.text(
    `응대 대기: 중앙값 ${duration(t.attend.medianMs)} · 90% ${duration(t.attend.p90Ms)} · 최장 ${duration(t.attend.worstMs)} · ` +
      `목표 준수 ${t.attend.within}/${t.attend.targeted} (${share(t.attend)})`,
  );
  if (t.guide.targeted > 0) {
    doc.text(
      `안내 시간: 중앙값 ${duration(t.guide.medianMs)} · 90% ${duration(t.guide.p90Ms)} · 최장 ${duration(t.guide.worstMs)} · ` +
        `목표 준수 ${t.guide.within}/${t.guide.targeted} (${share(t.guide)})`,
    );
  }
  doc.moveDown(1);

  drawGroupTable(doc, '부서별 응대 대기', '부서', summary.departments);
  if (summary.from !== summary.to) drawGroupTable(doc, '일별 응대 대기', '일자', summary.days);
  if (summary.staff !== null) drawGroupTable(doc, '직원별 응대 대기', '직원', summary.staff);

  drawSatisfactionSection(doc, summary);
  drawCaseSection(doc, summary, header.includeStaffNames);

  ensureRoom(doc, 60);
  doc.font('bold').fontSize(12).fillColor(INK).text('목표를 지키지 못한 방문', A4_MARGIN);
  doc.moveDown(0.4);
  const breachColumns: Column[] = [
    { title: '일자', width: 70 },
    { title: '번호표', width: 50 },
    { title: '부서', width: 100 },
    { title: '창구', width: 120 },
    { title: '시계', width: 60 },
    { title: '걸린 시간', width: 50, align: 'right' },
    { title: '목표', width: 49, align: 'right' },
  ];
  drawRow(
    doc,
    breachColumns,
    breachColumns.map((c) => c.title),
    true,
  );
  let listed = 0;
  let more = 0;
  for (const v of records) {
    const m = measureVisit(v);
    const breaches: [string, number | null, number | null][] = [];
    if (m.attendWithin === false) breaches.push(['응대 대기', m.timeToAttendMs, v.attendTargetMs]);
    if (m.guideWithin === false) breaches.push(['안내 시간', m.timeToGuideMs, v.guideTargetMs]);
    for (const [clock, took, target] of breaches) {
      if (listed >= PDF_BREACHES_LISTED) {
        more += 1;
        continue;
      }
      ensureRoom(doc, 16);
      drawRow(doc, breachColumns, [
        v.businessDay,
        v.number,
        v.departmentKo,
        v.deskKo ?? '',
        clock,
        duration(took),
        target === null ? '—' : targetKo(target),
      ]);
      listed += 1;
    }
  }
  if (listed === 0) doc.font('regular').fontSize(10).fillColor(MUTED).text('없음', A4_MARGIN);
  if (more > 0) {
    doc
      .font('regular')
      .fontSize(10)
      .fillColor(MUTED)
      .text(`외 ${more}건은 CSV·XLSX 방문 기록에 있습니다.`, A4_MARGIN);
  }
  numberPages(doc);
  doc.end();
  await done;
}
