import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandResult, CommandResults } from '../../shared/contract/commands';
import type { DeskState, DisplayBoard, GuideBoard, Ticket } from '../../shared/contract/views';
import { startTestHub, type TestHub } from '../support/test-hub';

let t: TestHub;
beforeEach(async () => {
  t = await startTestHub();
});
afterEach(async () => {
  await t.dispose();
});

const CIVIL = 1; // 종합민원실, queue desks 1 and 2
const TAX = 2; // 세무회계과, queue desks 3 and 4
const WELFARE = 3; // 주민복지과, direct-service desks 5 and 6

async function issue(departmentId: number, extra: object = {}): Promise<Ticket> {
  const r = await t.post('issueTicket', { departmentId, ...extra }, null);
  if (r.status !== 200) throw new Error(JSON.stringify(r.json));
  return (r.json as { result: CommandResult<'issueTicket'> }).result.ticket;
}

async function ok<N extends keyof CommandResults>(name: N, body: object): Promise<CommandResult<N>> {
  const r = await t.post(name, body);
  if (r.status !== 200) throw new Error(`${name}: ${JSON.stringify(r.json)}`);
  return (r.json as { result: CommandResult<N> }).result;
}

const deskState = async (id: number) => (await t.get(`/api/v1/desks/${id}`)).json as DeskState;

describe('calling', () => {
  it('calls a particular waiting ticket out of turn, and recalls it', async () => {
    await issue(CIVIL);
    const second = await issue(CIVIL);
    const called = await ok('callTicket', { deskId: 1, ticketId: second.id });
    expect(called.ticket).toMatchObject({ number: 'A002', status: 'arrived', callCount: 1 });
    t.clock.advance(30_000);
    const recalled = await ok('recallTicket', { deskId: 1, ticketId: second.id });
    expect(recalled.ticket).toMatchObject({
      callCount: 2,
      lastCalledAt: t.clock.now(),
      arrivedAt: called.ticket.arrivedAt,
    });
    const board = (await t.get('/api/v1/display')).json as DisplayBoard;
    expect(board.calls.map((c) => c.number)).toEqual(['A002']);
  });
});

describe('transfer', () => {
  it('finishes the visit here and queues it in the other department with the note', async () => {
    const ticket = await issue(CIVIL, { language: 'vi' });
    await ok('callNext', { deskId: 1 });
    const note = '전입신고 후 자동차 주소 변경 문의 — 세무 상담 필요';
    const moved = await ok('transferTicket', { deskId: 1, ticketId: ticket.id, toDepartmentId: TAX, note });
    expect(moved.ticket).toMatchObject({ status: 'transferred', finishNote: note });
    expect(moved.transferredTo).toMatchObject({
      number: 'B001',
      status: 'issued',
      note,
      language: 'vi',
      transferredFromTicketId: ticket.id,
    });
    const tax = await deskState(3);
    expect(tax.waiting.map((w) => [w.number, w.note])).toEqual([['B001', note]]);
    // The receiving desk can say where the visitor comes from: department, desk, earlier number.
    expect(tax.earlierVisits).toEqual([
      expect.objectContaining({ ticketId: ticket.id, number: 'A001', departmentId: CIVIL, deskId: 1 }),
    ]);
    // The receiving desk's own note on finishing never replaces what the visitor arrived with.
    await ok('callNext', { deskId: 3 });
    await ok('acknowledgeArrival', { deskId: 3, ticketId: moved.transferredTo.id });
    const done = await ok('finishService', {
      deskId: 3,
      ticketId: moved.transferredTo.id,
      note: '주소 변경 완료',
    });
    expect(done.ticket).toMatchObject({ note, finishNote: '주소 변경 완료' });

    // The visit log links the two tickets: the receiving department's row names the one it continues.
    const csv = await fetch(`${t.url}/api/v1/reports/visits?from=${ticket.businessDay}&format=csv`, {
      headers: { authorization: `Bearer ${t.managerToken}` },
    }).then((r) => r.text());
    const [header, ...lines] = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const column = header!.split(',').indexOf('이관 전 번호');
    expect(column).toBeGreaterThan(0);
    const cells = lines.map((line) => line.split(','));
    const linked = Object.fromEntries(
      cells.map((row): [string, string] => [row[1] ?? '', row[column] ?? '']),
    );
    expect(linked).toEqual({ A001: '', B001: 'A001 (종합민원실)' });
  });
});

describe('away with a stand-in (업무대행자)', () => {
  it('routes a new arrival at an away desk to its stand-in, and shows it on the display', async () => {
    const away = await ok('setDeskAway', { deskId: 5, reason: 'fieldWork', standInDeskId: 6 });
    expect(away.away).toMatchObject({ deskId: 5, standInDeskId: 6, reason: 'fieldWork' });
    const ticket = await issue(WELFARE);
    const arrived = await ok('checkIn', { deskId: 5, code: ticket.code });
    expect(arrived.ticket).toMatchObject({ deskId: 6, routedFromDeskId: 5, status: 'arrived' });
    expect((await deskState(6)).atDesk.map((a) => a.number)).toEqual(['C001']);
    expect((await deskState(5)).atDesk).toEqual([]);
    const board = (await t.get('/api/v1/display')).json as DisplayBoard;
    expect(board.calls[0]).toMatchObject({ number: 'C001', deskId: 6, routedFromDeskId: 5 });
    expect(board.away).toEqual([away.away]);
  });

  it('refuses a stand-in chain that loops back (A → B → A)', async () => {
    await ok('setDeskAway', { deskId: 6, reason: 'meeting', standInDeskId: 5 });
    const loop = await t.post('setDeskAway', { deskId: 5, reason: 'leave', standInDeskId: 6 });
    expect(loop).toMatchObject({ status: 409, json: { error: { code: 'stand_in_loop' } } });
    expect((await deskState(5)).away).toBeNull();
  });

  it('does not let an away desk call numbers until it returns', async () => {
    await issue(CIVIL);
    await ok('setDeskAway', { deskId: 1, reason: 'break', standInDeskId: 2 });
    expect((await t.post('callNext', { deskId: 1 })).json).toMatchObject({ error: { code: 'desk_away' } });
    await ok('returnToDesk', { deskId: 1 });
    expect((await ok('callNext', { deskId: 1 })).ticket.number).toBe('A001');
  });
});

describe('repeat visits', () => {
  it('links a kiosk ticket to the earlier visit by its code', async () => {
    const earlier = await issue(CIVIL);
    t.clock.advance(3 * 24 * 60 * 60 * 1000);
    const again = await issue(CIVIL, { repeatOfCode: earlier.code });
    expect(again.repeatOfTicketId).toBe(earlier.id);
    const desk = await deskState(1);
    expect(desk.earlierVisits).toEqual([
      expect.objectContaining({ ticketId: earlier.id, number: 'A001', businessDay: earlier.businessDay }),
    ]);
  });

  it('refuses an unknown, mistyped or expired earlier code with a clear error', async () => {
    const earlier = await issue(CIVIL);
    const refusal = async (code: string) =>
      (await t.post('issueTicket', { departmentId: CIVIL, repeatOfCode: code }, null)).json;
    expect(await refusal('000000000')).toMatchObject({ error: { code: 'ticket_code_unknown' } });
    expect(await refusal('12345678')).toMatchObject({ error: { code: 'invalid_ticket_code' } });
    t.clock.advance(91 * 24 * 60 * 60 * 1000);
    expect(await refusal(earlier.code)).toMatchObject({ error: { code: 'repeat_code_expired' } });
  });

  it('creates exactly one pending compensation with the charter’s terms and serves the visitor first', async () => {
    const earlier = await issue(CIVIL);
    t.clock.advance(24 * 60 * 60 * 1000);
    const token = await t.signIn('desk.kim', '2580', 1);
    await issue(CIVIL);
    const repeat = await issue(CIVIL, { repeatOfCode: earlier.code });
    const judged = await t.post(
      'judgeRepeatVisit',
      { deskId: 1, ticketId: repeat.id, staffError: true, reason: '구비서류 안내 누락' },
      token,
    );
    const result = (judged.json as { result: CommandResult<'judgeRepeatVisit'> }).result;
    expect(result.compensation).toMatchObject({
      status: 'pending',
      kind: 'cultureVoucher',
      amountWon: 5_000, // 인제군 charter, seed 002
      ticketId: repeat.id,
      earlierTicketId: earlier.id,
    });
    expect(result.ticket).toMatchObject({ servedFirst: true, repeatJudgement: { staffError: true } });
    const again = await t.post(
      'judgeRepeatVisit',
      { deskId: 1, ticketId: repeat.id, staffError: true, reason: 'x' },
      token,
    );
    expect(again.json).toMatchObject({ error: { code: 'already_judged' } });
    expect((await deskState(1)).compensations).toHaveLength(1);
    const next = await t.post('callNext', { deskId: 1 }, token);
    expect((next.json as { result: CommandResult<'callNext'> }).result.ticket.id).toBe(repeat.id);
  });

  it('records a repeat visit that was not staff error without compensation', async () => {
    const earlier = await issue(CIVIL);
    const repeat = await issue(CIVIL);
    const result = await ok('judgeRepeatVisit', {
      deskId: 1,
      ticketId: repeat.id,
      earlierCode: earlier.code,
      staffError: false,
      reason: '방문자가 서류를 두고 감',
    });
    expect(result.compensation).toBeNull();
    expect(result.ticket).toMatchObject({ repeatOfTicketId: earlier.id, servedFirst: false });
  });
});

describe('escorts', () => {
  it('goes requested → accepted → delivered, with the guide who took it', async () => {
    const ticket = await issue(WELFARE, { language: 'en' });
    const requested = await t.post(
      'requestEscort',
      { kind: 'escort', reason: 'wheelchair', ticketId: ticket.id, language: 'en' },
      null,
    );
    const { request } = (requested.json as { result: CommandResult<'requestEscort'> }).result;
    expect(request).toMatchObject({ status: 'requested', requestedAt: t.clock.now() });
    const guide = await t.signIn('guide.park', '4680');
    t.clock.advance(20_000);
    const accepted = await t.post('acceptEscort', { requestId: request.id }, guide);
    expect((accepted.json as { result: CommandResult<'acceptEscort'> }).result.request).toMatchObject({
      status: 'accepted',
      acceptedAt: request.requestedAt + 20_000,
    });
    t.clock.advance(90_000);
    await t.post('deliverEscort', { requestId: request.id }, guide);
    const board = (await t.get('/api/v1/guide')).json as GuideBoard;
    expect(board.requests[0]).toMatchObject({
      status: 'delivered',
      deliveredAt: request.requestedAt + 110_000,
    });
    expect(board.staff.find((s) => s.id === board.requests[0]!.guideStaffId)?.login).toBe('guide.park');
    expect(board.tickets.map((x) => x.number)).toEqual(['C001']);
    expect((await t.post('deliverEscort', { requestId: request.id }, guide)).json).toMatchObject({
      error: { code: 'illegal_transition' },
    });
  });
});

describe('a desk’s own figures', () => {
  it('counts served visits and gives the median and worst time-to-attend and breaches', async () => {
    for (const attendMs of [4_000, 10_000, 12_000]) {
      const ticket = await issue(CIVIL);
      await ok('callNext', { deskId: 1 });
      t.clock.advance(attendMs);
      await ok('acknowledgeArrival', { deskId: 1, ticketId: ticket.id });
      await ok('finishService', { deskId: 1, ticketId: ticket.id });
    }
    expect((await deskState(1)).figures).toEqual({
      served: 3,
      noShows: 0,
      acknowledged: 3,
      medianAttendMs: 10_000,
      worstAttendMs: 12_000,
      breaches: 1, // 10 s exactly keeps the 10-second promise
    });
  });
});
