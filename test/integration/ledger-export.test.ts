import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoStaff } from '../../server/demo/inje-office';
import type { CommandResult, CommandResults } from '../../shared/contract/commands';
import type { Compensation } from '../../shared/contract/views';
import { createFakeClock } from '../support/fake-clock';
import { parseCsv } from '../support/parse-csv';
import { startTestHub, type TestHub } from '../support/test-hub';

// 인제군 (the demo office): a staff-error repeat visit is owed a 5,000-won 문화상품권.
const seoul = (day: string, time: string) => Date.parse(`${day}T${time}+09:00`);
const manager = demoStaff.find((s) => s.role === 'manager')!;
const clerk = demoStaff.find((s) => s.role === 'desk')!;

let t: TestHub;

async function ok<N extends keyof CommandResults>(name: N, body: object, as: string | null = t.managerToken) {
  const r = await t.post(name, body, as);
  if (r.status !== 200) throw new Error(`${name}: ${JSON.stringify(r.json)}`);
  return (r.json as { result: CommandResult<N> }).result;
}

/** A visit served at desk 1, then its visitor back for it, judged a staff error there. */
async function repeatVisit(reason: string): Promise<Compensation> {
  const { ticket } = await ok('issueTicket', { departmentId: 1 }, null);
  await ok('callTicket', { deskId: 1, ticketId: ticket.id });
  await ok('acknowledgeArrival', { deskId: 1, ticketId: ticket.id });
  t.clock.advance(3 * 60_000);
  await ok('finishService', { deskId: 1, ticketId: ticket.id });
  t.clock.advance(60 * 60_000);
  const repeat = await ok('issueTicket', { departmentId: 1, repeatOfCode: ticket.code }, null);
  const judged = await ok('judgeRepeatVisit', {
    deskId: 1,
    ticketId: repeat.ticket.id,
    staffError: true,
    reason,
  });
  return judged.compensation!;
}

async function download(query: string, token = t.managerToken) {
  const response = await fetch(`${t.url}/api/v1/reports/compensations?${query}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    disposition: response.headers.get('content-disposition'),
    body: Buffer.from(await response.arrayBuffer()),
  };
}

beforeEach(async () => {
  t = await startTestHub({ clock: createFakeClock(seoul('2026-11-23', '09:30:00')) });
  // Paid: approved at 10:40, paid at 14:05 the next day.
  const paid = await repeatVisit('구비서류 안내 누락');
  t.clock.set(seoul('2026-11-23', '10:40:00'));
  await ok('approveCompensation', { compensationId: paid.id });
  t.clock.set(seoul('2026-11-24', '14:05:00'));
  t.managerToken = await t.signIn(manager.login, manager.pin);
  await ok('markCompensationPaid', { compensationId: paid.id, reference: '문화상품권 1234-5678' });
  // Rejected, with a reason typed as a spreadsheet formula.
  const rejected = await repeatVisit('=HYPERLINK("http://evil.example","열기")');
  t.clock.set(seoul('2026-11-24', '15:00:00'));
  await ok('rejectCompensation', { compensationId: rejected.id, reason: '+본인 요청으로 재방문' });
});
afterEach(async () => {
  await t.dispose();
});

describe('the compensation ledger, exported', () => {
  it('is a CSV of the month with who approved and paid and when, formulas opening as text', async () => {
    const file = await download('month=2026-11&format=csv');
    expect(file).toMatchObject({ status: 200, type: 'text/csv; charset=utf-8' });
    expect(file.disposition).toBe('attachment; filename="compensations_2026-11.csv"');
    const text = file.body.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, first, second, ...rest] = parseCsv(text.slice(1));
    expect(rest).toEqual([]);
    const row = (cells: string[]) => Object.fromEntries(header!.map((h, i) => [h, cells[i]]));
    expect(row(first!)).toMatchObject({
      '보상 종류': '문화상품권',
      '금액(원)': '5000',
      상태: '지급 완료',
      '재방문 사유': '구비서류 안내 누락',
      '승인·반려': '2026-11-23 10:40:00',
      '승인·반려자': manager.name,
      지급: '2026-11-24 14:05:00',
      지급자: manager.name,
      '지급 참조': '문화상품권 1234-5678',
      // The desk that judged the repeat visit was the manager's session here.
      접수자: manager.name,
    });
    // Typed by staff and starting like a formula: a quote before it, so a spreadsheet shows text.
    expect(row(second!)).toMatchObject({
      상태: '반려',
      '재방문 사유': `'=HYPERLINK("http://evil.example","열기")`,
      '결정 메모': "'+본인 요청으로 재방문",
      '승인·반려자': manager.name,
      지급: '',
      지급자: '',
    });
  });

  it('is an XLSX a spreadsheet opens, with real amounts and times and the month’s totals', async () => {
    const file = await download('month=2026-11&format=xlsx');
    expect(file.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.body as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('보상 대장')!;
    expect(sheet.getCell('A1').text).toContain('보상 대장 · 2026-11');
    const header = (sheet.getRow(3).values as unknown[]).slice(1);
    const cell = (row: number, name: string) => sheet.getRow(row).getCell(header.indexOf(name) + 1);
    expect(cell(4, '금액(원)').value).toBe(5_000);
    // A time cell holds the Seoul wall-clock time as a date, which sorts and filters as one.
    expect(cell(4, '지급').value).toEqual(new Date('2026-11-24T14:05:00Z'));
    expect(cell(4, '지급자').value).toBe(manager.name);
    // A reason typed as a formula is a string cell, never a formula.
    expect(cell(5, '재방문 사유').type).toBe(ExcelJS.ValueType.String);
    expect(cell(5, '재방문 사유').value).toBe('=HYPERLINK("http://evil.example","열기")');
    const totals = sheet.getRows(7, 5)!.map((r) => (r.values as unknown[]).slice(1, 4));
    expect(totals).toEqual([
      ['합계', '건수', '금액(원)'],
      ['승인 대기', 0, 0],
      ['승인', 0, 0],
      ['반려', 1, 5_000],
      ['지급 완료', 1, 5_000],
    ]);
  });

  it('refuses a bad month or format, and anyone but a manager', async () => {
    const bad = await download('month=2026-13&format=csv');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body.toString('utf8'))).toMatchObject({ error: { code: 'invalid_input' } });
    expect((await download('month=2026-11&format=pdf')).status).toBe(400);
    const clerkToken = await t.signIn(clerk.login, clerk.pin, 1);
    expect((await download('month=2026-11&format=csv', clerkToken)).status).toBe(403);
  });
});
