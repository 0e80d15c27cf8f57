import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyEventChain } from '../../db/event-chain';
import { eventsAfter } from '../../db/events';
import { openReadOnly } from '../../db/open-database';
import { charterPresets, type CharterPresetId } from '../../shared/charter/presets';
import type { CommandResult } from '../../shared/contract/commands';
import type { Case, CaseList } from '../../shared/contract/case-views';
import { lobbyEvent } from '../../shared/contract/lobby-events';
import type { DeskState } from '../../shared/contract/views';
import type { ReportSummary } from '../../shared/report/summary';
import { parseCsv } from '../support/parse-csv';
import { startTestHub, type Credential, type TestHub } from '../support/test-hub';

let t: TestHub;
/** Monday 2026-11-23, 09:30 in Seoul (the test clock's start). */
const MONDAY = '2026-11-23';
const seoul = (text: string): number => Date.parse(`${text}+09:00`);
const PHONE = '01098765432';

let manager: string;

beforeEach(async () => {
  t = await startTestHub();
  manager = t.managerToken;
});

/** Moves the hub's clock; a manager session lasts 12 hours, so the manager signs in again. */
async function moveTo(ms: number): Promise<void> {
  t.clock.set(ms);
  manager = await t.signIn('manager.lee', '1357');
}

const DAY_MS = 24 * 60 * 60 * 1000;
afterEach(async () => {
  await t.dispose();
});

async function applyPreset(id: CharterPresetId): Promise<void> {
  const { presetId, ...charter } = charterPresets[id];
  expect((await t.post('applyCharter', { presetId, ...charter })).status).toBe(200);
}

async function receive(body: Record<string, unknown>, token: Credential = null): Promise<Case> {
  const reply = await t.post('receiveCase', body, token);
  expect(reply.status, JSON.stringify(reply.json)).toBe(200);
  return (reply.json as { result: CommandResult<'receiveCase'> }).result.case;
}

async function step(command: string, body: Record<string, unknown>): Promise<Case> {
  const reply = await t.post(command, body, manager);
  expect(reply.status, JSON.stringify(reply.json)).toBe(200);
  return (reply.json as { result: { case: Case } }).result.case;
}

/** A visit served at desk 1 by the demo manager; returns its printed code. */
async function servedVisitCode(): Promise<string> {
  const issued = (await t.post('issueTicket', { departmentId: 1 }, null)).json as {
    result: CommandResult<'issueTicket'>;
  };
  const { id, code } = issued.result.ticket;
  await t.post('callTicket', { deskId: 1, ticketId: id });
  await t.post('acknowledgeArrival', { deskId: 1, ticketId: id });
  await t.post('finishService', { deskId: 1, ticketId: id });
  return code;
}

const caseList = async (from = MONDAY, to = from) =>
  (await t.get(`/api/v1/cases?from=${from}&to=${to}`, manager)).json as CaseList;

describe('a case received at the kiosk', () => {
  it('carries the charter’s deadline for its kind and what the visitor’s ticket says it concerns', async () => {
    const code = await servedVisitCode();
    const received = await receive({
      category: 'staffAttitude',
      description: '설명 없이 서류를 돌려보냈습니다',
      language: 'vi',
      concerns: { ticketCode: code },
      contact: PHONE,
      contactConsent: true,
    });
    // 인제군 (the demo office): 7 working days counting Monday → the end of Tuesday 1 December.
    expect(received).toMatchObject({
      number: '2026-0001',
      kind: 'unkindness',
      channel: 'kiosk',
      language: 'vi',
      departmentId: 1,
      deskId: 1,
      ticketNumber: 'A001',
      ticketDay: MONDAY,
      replyDays: 7,
      dueAt: seoul('2026-12-02T00:00'),
      originalDueAt: seoul('2026-12-02T00:00'),
      status: 'received',
      receivedBy: null,
      hasContact: true,
    });
    const desk = (await t.get('/api/v1/desks/1', t.managerToken)).json as DeskState;
    expect(received.staffId).toBe(desk.finishedToday[0]!.attendedByStaffId);
  });

  it('takes 목포시’s 1-day deadline for unkindness and 3 days for the rest, in working time', async () => {
    await applyPreset('mokpo');
    // Friday 27 November, 16:00: the weekend does not count.
    await moveTo(seoul('2026-11-27T16:00'));
    const unkind = await receive({ category: 'staffAttitude' });
    const waiting = await receive({ category: 'waiting' });
    expect([unkind.replyDays, unkind.dueAt]).toEqual([1, seoul('2026-11-30T16:00')]);
    expect([waiting.kind, waiting.replyDays, waiting.dueAt]).toEqual([
      'dissatisfaction',
      3,
      seoul('2026-12-02T16:00'),
    ]);
  });

  it('skips a holiday the office has named', async () => {
    await applyPreset('miryang');
    await t.post('setHoliday', { day: '2026-12-25', nameKo: '성탄절' });
    await moveTo(seoul('2026-12-23T15:00'));
    const received = await receive({ category: 'handling' });
    // Thursday 24th, (Friday 25th off), Monday 28th, Tuesday 29th at 15:00.
    expect(received.dueAt).toBe(seoul('2026-12-29T15:00'));
  });

  it('has no deadline for a suggestion where the charter names none (중소벤처기업부)', async () => {
    await applyPreset('mss');
    const received = await receive({ category: 'improvement', description: '주차 안내판을 늘려 주세요' });
    expect(received).toMatchObject({ kind: 'suggestion', replyDays: null, dueAt: null });
  });

  it('refuses what a lobby kiosk may not do, changing nothing', async () => {
    const kiosk = null;
    const refused = [
      [{ category: 'other', channel: 'phone' }, 403],
      [{ category: 'other', concerns: { staffId: 1 } }, 403],
      [{ category: 'other', contact: PHONE }, 400],
      [{ category: 'other', contact: 'hong@example.com', contactConsent: true }, 400],
      [{ category: 'rude' }, 400],
      [{ category: 'other', concerns: { ticketCode: '123' } }, 400],
      [{ category: 'other', concerns: { departmentId: 99 } }, 404],
    ] as const;
    for (const [body, status] of refused) {
      expect((await t.post('receiveCase', body, kiosk)).status, JSON.stringify(body)).toBe(status);
    }
    expect((await caseList()).cases).toEqual([]);
  });
});

describe('a case written down by staff', () => {
  it('records the channel, the official and who wrote it, with any contact the visitor gave', async () => {
    const desk = await t.signIn('desk.kim', '2580', 1);
    const received = await receive(
      {
        category: 'handling',
        channel: 'phone',
        description: '서류 처리가 지연되고 있음',
        concerns: { departmentId: 2, staffId: 1 },
        contact: 'hong@example.com',
        contactConsent: true,
      },
      desk,
    );
    expect(received).toMatchObject({ channel: 'phone', departmentId: 2, staffId: 1, kind: 'complaint' });
    expect(received.receivedBy).not.toBeNull();
    const [listed] = (await caseList()).cases;
    expect(listed).toMatchObject({ id: received.id, contact: 'hong@example.com' });
    expect(listed!.steps.map((s) => s.step)).toEqual(['received']);
  });

  it('keeps its list and its steps from anyone but a manager', async () => {
    const desk = await t.signIn('desk.kim', '2580', 1);
    expect((await t.get(`/api/v1/cases?from=${MONDAY}`, desk)).status).toBe(403);
    expect((await t.get(`/api/v1/cases?from=${MONDAY}`)).status).toBe(401);
    expect((await t.post('answerCase', { caseId: 1, summary: 'x' }, desk)).status).toBe(403);
  });
});

describe('the steps of a case', () => {
  it('goes received → delay notified → answered → closed, each an event in the verified log', async () => {
    await applyPreset('mss');
    const received = await receive({ category: 'handling', contact: PHONE, contactConsent: true });
    // 3 days from Monday 09:30 → Thursday 09:30.
    expect(received.dueAt).toBe(seoul('2026-11-26T09:30'));
    expect((await t.post('closeCase', { caseId: received.id })).json).toMatchObject({
      error: { code: 'illegal_transition' },
    });
    const early = await t.post('notifyCaseDelay', {
      caseId: received.id,
      reason: '관계 부서 협의',
      newDueDay: '2026-11-26',
    });
    expect(early.json).toMatchObject({ error: { code: 'due_day_not_later' } });

    await moveTo(seoul('2026-11-25T11:00'));
    const delayed = await step('notifyCaseDelay', {
      caseId: received.id,
      reason: '관계 부서 협의',
      newDueDay: '2026-12-04',
    });
    expect(delayed).toMatchObject({
      status: 'delayNotified',
      dueAt: seoul('2026-12-05T00:00'),
      originalDueAt: seoul('2026-11-26T09:30'),
      lateDelayNotice: false,
    });
    await moveTo(seoul('2026-12-03T14:00'));
    const answered = await step('answerCase', {
      caseId: received.id,
      summary: '서류를 다시 발급해 드림',
      upheld: true,
    });
    expect(answered).toMatchObject({
      status: 'answered',
      upheld: true,
      answerSummary: '서류를 다시 발급해 드림',
    });
    const closed = await step('closeCase', { caseId: received.id });
    expect(closed.status).toBe('closed');

    const [listed] = (await caseList()).cases;
    expect(listed!.steps.map((s) => [s.step, s.note])).toEqual([
      ['received', null],
      ['delayNotified', '관계 부서 협의'],
      ['answered', '서류를 다시 발급해 드림'],
      ['closed', null],
    ]);
    const reader = openReadOnly(t.dbFile);
    const events = eventsAfter(reader, 0, 10_000);
    const verdict = verifyEventChain(reader);
    reader.close();
    expect(verdict.ok).toBe(true);
    expect(events.filter((e) => e.type.startsWith('case')).map((e) => e.type)).toEqual([
      'caseReceived',
      'caseDelayNotified',
      'caseAnswered',
      'caseClosed',
    ]);
    // The contact is in no event (the log outlives it), and no case event reaches a lobby screen.
    expect(JSON.stringify(events)).not.toContain(PHONE);
    expect(events.filter((e) => e.type.startsWith('case')).map(lobbyEvent)).toEqual([null, null, null, null]);
  });

  it('marks a delay notified only after the deadline passed: the case stays late', async () => {
    await applyPreset('mss');
    const received = await receive({ category: 'handling' });
    await moveTo(seoul('2026-11-27T10:00'));
    const delayed = await step('notifyCaseDelay', {
      caseId: received.id,
      reason: '늦게 확인',
      newDueDay: '2026-12-01',
    });
    expect(delayed.lateDelayNotice).toBe(true);
    const answered = await step('answerCase', { caseId: received.id, summary: '처리함' });
    const summary = (await t.get(`/api/v1/reports/summary?from=${MONDAY}`, manager)).json as ReportSummary;
    expect(answered.answeredAt! < answered.dueAt!).toBe(true);
    expect(summary.cases.total).toMatchObject({
      received: 1,
      answeredOnTime: 0,
      answeredLate: 1,
      lateDelayNotices: 1,
    });
  });
});

describe('목포시’s rule: three unkindness reports about one official', () => {
  it('raises the flag on the third report over the rolling year, not counting one found untrue', async () => {
    await applyPreset('mokpo');
    const about = { category: 'staffAttitude', concerns: { staffId: 1, deskId: 3 } };
    const first = await receive(about, manager);
    await moveTo(t.clock.now() + 40 * DAY_MS);
    await receive(about, manager);
    let list = await caseList('2026-11-01', '2027-12-31');
    expect(list.unkindnessThreshold).toBe(3);
    expect(list.unkindness.find((u) => u.key === 'staff:1')).toMatchObject({ count: 2, flagged: false });

    await moveTo(t.clock.now() + 40 * DAY_MS);
    await receive(about, manager);
    list = await caseList('2026-11-01', '2027-12-31');
    expect(list.unkindness.filter((u) => u.flagged).map((u) => u.key)).toEqual(['desk:3', 'staff:1']);

    await step('answerCase', { caseId: first.id, summary: 'CCTV 확인 결과 사실이 아님', upheld: false });
    list = await caseList('2026-11-01', '2027-12-31');
    expect(list.unkindness.find((u) => u.key === 'staff:1')).toMatchObject({ count: 2, flagged: false });
  });

  it('lets a report older than the period drop out', async () => {
    await applyPreset('mokpo');
    const about = { category: 'staffAttitude', concerns: { staffId: 1 } };
    const start = t.clock.now();
    for (const day of [0, 200, 400]) {
      await moveTo(start + day * DAY_MS);
      await receive(about, manager);
    }
    // On day 400 the report of day 0 is more than a year old: two count, not three.
    const list = await caseList('2026-11-01', '2028-12-31');
    expect(list.unkindness.find((u) => u.key === 'staff:1')).toMatchObject({ count: 2, flagged: false });
  });
});

describe('the visitor’s contact', () => {
  it('is deleted 30 days after the answer, and nothing else with it', async () => {
    const received = await receive({ category: 'waiting', contact: PHONE, contactConsent: true });
    await step('answerCase', { caseId: received.id, summary: '창구를 늘렸습니다' });
    await moveTo(t.clock.now() + 29 * DAY_MS);
    expect(t.hub.purgeCaseContacts()).toBeNull();
    await moveTo(t.clock.now() + DAY_MS);
    expect(t.hub.purgeCaseContacts()).toEqual([received.id]);
    const [listed] = (await caseList()).cases;
    expect(listed).toMatchObject({
      id: received.id,
      contact: null,
      hasContact: false,
      answerSummary: '창구를 늘렸습니다',
    });
    const reader = openReadOnly(t.dbFile);
    expect(verifyEventChain(reader).ok).toBe(true);
    expect(eventsAfter(reader, 0, 10_000).at(-1)).toMatchObject({
      type: 'caseContactsPurged',
      caseIds: [received.id],
    });
    reader.close();
  });
});

describe('cases in the reports', () => {
  beforeEach(async () => {
    await applyPreset('mokpo');
    const a = await receive({
      category: 'staffAttitude',
      concerns: { deskId: 1 },
      description: '=HYPERLINK("x")',
    });
    await receive({ category: 'waiting', contact: PHONE, contactConsent: true });
    await receive({ category: 'improvement' }, manager);
    t.clock.advance(2 * 60 * 60 * 1000);
    await step('answerCase', { caseId: a.id, summary: '주의 조치', upheld: true });
    // Thursday: the waiting case (due Thursday 09:30) is now overdue, the suggestion too.
    await moveTo(seoul('2026-11-26T12:00'));
  });

  it('counts received, answered in time and overdue per kind in the summary', async () => {
    const summary = (await t.get(`/api/v1/reports/summary?from=${MONDAY}&to=2026-11-26`, manager))
      .json as ReportSummary;
    expect(summary.cases.total).toMatchObject({
      received: 3,
      answered: 1,
      answeredOnTime: 1,
      open: 2,
      overdue: 2,
    });
    expect(summary.cases.byKind.map((k) => [k.kind, k.received])).toEqual([
      ['complaint', 0],
      ['dissatisfaction', 1],
      ['unkindness', 1],
      ['suggestion', 1],
    ]);
    expect(summary.cases.unkindness).toEqual([
      expect.objectContaining({ key: 'desk:1', deskKo: '종합민원실 1번 창구', count: 1 }),
    ]);
  });

  it('exports a case log without the contact, a formula kept as text', async () => {
    const response = await fetch(`${t.url}/api/v1/reports/cases?from=${MONDAY}&to=2026-11-26`, {
      headers: { authorization: `Bearer ${manager}` },
    });
    expect(response.headers.get('content-disposition')).toContain('cases_2026-11-23_2026-11-26.csv');
    const text = Buffer.from(await response.arrayBuffer()).toString('utf8');
    expect(text).not.toContain(PHONE);
    const [header, ...rows] = parseCsv(text.slice(1));
    const col = (name: string) => header!.indexOf(name);
    expect(rows.map((r) => [r[col('접수번호')], r[col('종류')], r[col('기한 준수')]])).toEqual([
      ['2026-0001', '불친절', '기한 내 답변'],
      ['2026-0002', '불만족', '기한 경과'],
      ['2026-0003', '건의', '기한 경과'],
    ]);
    expect(rows[0]![col('내용')]).toBe(`'=HYPERLINK("x")`);
    expect(rows[0]![col('처리 기한')]).toBe('2026-11-24 09:30');
    expect(header).not.toContain('관련 직원');
  });

  const get = async (format: string) =>
    Buffer.from(
      await (
        await fetch(`${t.url}/api/v1/reports/visits?from=${MONDAY}&to=2026-11-26&format=${format}`, {
          headers: { authorization: `Bearer ${manager}` },
        })
      ).arrayBuffer(),
    );

  it('adds satisfaction and case sheets to the XLSX', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await get('xlsx')) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['요약', '만족도', '민원·신고', '방문 기록']);
    const cases = workbook.getWorksheet('민원·신고')!;
    expect((cases.getRow(6).values as unknown[]).slice(1)).toEqual(['합계', 3, 1, 0, 2, 2, 0]);
  });

  it('adds the cases and satisfaction to the printed report', async () => {
    const pdf = join(t.dataDir, 'report.pdf');
    writeFileSync(pdf, await get('pdf'));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('불만·불친절 신고와 건의 처리');
    expect(text).toMatch(/불친절\s+1\s+1\s+0\s+0\s+0/);
    expect(text).toContain('고객 만족도');
  });
});
