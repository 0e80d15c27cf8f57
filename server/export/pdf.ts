import type { Writable } from 'node:stream';
import PDFDocument from 'pdfkit';
import type { Charter } from '../../shared/charter/presets';
import type { ClockSummary, ReportSummary } from '../../shared/report/summary';
import { seoulDateTime } from '../../shared/report/seoul-time';
import { measureVisit } from '../../shared/report/visit-measures';
import type { VisitRecord } from '../../shared/report/visit-record';
import { pdfFontPaths } from './pdf-fonts';
import { drawCaseSection, drawSatisfactionSection } from './pdf-promise-sections';
import { A4_MARGIN, drawRow, ensureRoom, INK, MUTED, type Column } from './pdf-table';

/** A printed report lists this many breaches at most; the CSV and XLSX have them all. */
export const PDF_BREACHES_LISTED = 500;

function seconds(ms: number | null): string {
  if (ms === null) return '—';
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}초`;
  const total = Math.round(ms / 1000);
  return `${Math.floor(total / 60)}분 ${total % 60}초`;
}

const share = (c: ClockSummary): string =>
  c.withinShare === null ? '—' : `${(c.withinShare * 100).toFixed(1)}%`;

function charterLine(charter: Charter | null): string {
  if (!charter) return '적용 헌장 없음';
  const attend =
    charter.attendTargetMs === null ? '응대 목표 없음' : `응대 목표 ${seconds(charter.attendTargetMs)} 이내`;
  const guide =
    charter.guideTargetMs === null ? '안내 목표 없음' : `안내 목표 ${seconds(charter.guideTargetMs)} 이내`;
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
};

/** The printable 서비스 이행기준 달성도: the summary table, then the list of breaches. */
export async function writeComplianceReportPdf(
  header: PdfHeader,
  summary: ReportSummary,
  records: Iterable<VisitRecord>,
  out: Writable,
): Promise<void> {
  const fonts = pdfFontPaths();
  const doc = new PDFDocument({ size: 'A4', margin: A4_MARGIN, info: { Title: '서비스 이행기준 달성도' } });
  const done = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
  });
  doc.pipe(out);
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);

  doc.font('bold').fontSize(18).fillColor(INK).text('서비스 이행기준 달성도');
  doc.moveDown(0.3);
  const period = summary.from === summary.to ? summary.from : `${summary.from} ~ ${summary.to}`;
  doc
    .font('regular')
    .fontSize(10)
    .fillColor(MUTED)
    .text(`${header.officeKo} · ${period} · 작성 ${seoulDateTime(header.generatedAt)}`);
  doc.text(charterLine(header.charter));
  doc.fontSize(7.5).text(`기록 확인값 (이벤트 ${header.logLink.seq}): ${header.logLink.hash}`);
  if (header.purgedNote) doc.fontSize(9).text(header.purgedNote);
  doc.moveDown(1);

  const t = summary.total;
  doc.font('bold').fontSize(12).fillColor(INK).text('합계');
  doc.moveDown(0.3);
  doc
    .font('regular')
    .fontSize(10)
    .text(
      `방문 ${t.visitors}건 · 완료 ${t.served}건 · 부재 ${t.noShows}건 · 이관 ${t.transferred}건 · ` +
        `동행 안내 ${t.escorts}건 · 재방문 ${t.repeatVisits}건 · 보상 ${t.compensations}건`,
    );
  doc.text(
    `응대 대기: 중앙값 ${seconds(t.attend.medianMs)} · 90% ${seconds(t.attend.p90Ms)} · 최장 ${seconds(t.attend.worstMs)} · ` +
      `목표 준수 ${t.attend.within}/${t.attend.targeted} (${share(t.attend)})`,
  );
  if (t.guide.targeted > 0) {
    doc.text(
      `안내 시간: 중앙값 ${seconds(t.guide.medianMs)} · 90% ${seconds(t.guide.p90Ms)} · 최장 ${seconds(t.guide.worstMs)} · ` +
        `목표 준수 ${t.guide.within}/${t.guide.targeted} (${share(t.guide)})`,
    );
  }
  doc.moveDown(1);

  doc.font('bold').fontSize(12).text('부서별 응대 대기');
  doc.moveDown(0.4);
  const byDepartment: Column[] = [
    { title: '부서', width: 120 },
    { title: '방문', width: 40, align: 'right' },
    { title: '완료', width: 40, align: 'right' },
    { title: '부재', width: 40, align: 'right' },
    { title: '중앙값', width: 60, align: 'right' },
    { title: '90%', width: 60, align: 'right' },
    { title: '최장', width: 60, align: 'right' },
    { title: '준수율', width: 79, align: 'right' },
  ];
  drawRow(
    doc,
    byDepartment,
    byDepartment.map((c) => c.title),
    true,
  );
  for (const g of summary.departments) {
    ensureRoom(doc, 16);
    drawRow(doc, byDepartment, [
      g.labelKo,
      String(g.visitors),
      String(g.served),
      String(g.noShows),
      seconds(g.attend.medianMs),
      seconds(g.attend.p90Ms),
      seconds(g.attend.worstMs),
      share(g.attend),
    ]);
  }
  doc.moveDown(1);

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
        seconds(took),
        seconds(target),
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
  doc.end();
  await done;
}
