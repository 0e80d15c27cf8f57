import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandResult } from '../../shared/contract/commands';
import { startTestHub, type TestHub } from '../support/test-hub';

let t: TestHub;
beforeEach(async () => {
  t = await startTestHub();
});
afterEach(async () => {
  await t.dispose();
});

const CIVIL = 1; // 종합민원실, prefix A, desks 1 and 2 (queue)
const WELFARE = 3; // 주민복지과, prefix C, desks 5 and 6 (direct service)

type TicketResult = CommandResult<'callNext'>;

describe('a visit through the HTTP API', () => {
  it('records issue, check-in, acknowledge and finish at the hub clock’s times', async () => {
    const start = t.clock.now();
    const issued = await t.post('issueTicket', { departmentId: WELFARE, language: 'en' });
    expect(issued.status).toBe(200);
    const { ticket } = (issued.json as { result: CommandResult<'issueTicket'> }).result;
    expect(ticket).toMatchObject({ number: 'C001', status: 'issued', language: 'en', issuedAt: start });
    expect(ticket.attendTargetMs).toBe(10_000); // 인제군 charter, seed 002

    t.clock.advance(95_000);
    const checkedIn = await t.post('checkIn', {
      deskId: 5,
      code: ticket.code.replace(/(\d{3})(?=\d)/g, '$1-'),
    });
    expect(checkedIn.status).toBe(200);
    expect((checkedIn.json as { result: TicketResult }).result.ticket).toMatchObject({
      status: 'arrived',
      deskId: 5,
      arrivedAt: start + 95_000,
    });

    t.clock.advance(4_000);
    const acknowledged = await t.post('acknowledgeArrival', { deskId: 5, ticketId: ticket.id });
    expect((acknowledged.json as { result: TicketResult }).result.ticket.acknowledgedAt).toBe(start + 99_000);

    t.clock.advance(300_000);
    const finished = await t.post('finishService', {
      deskId: 5,
      ticketId: ticket.id,
      note: '서류 안내 완료',
    });
    expect((finished.json as { result: TicketResult }).result.ticket).toMatchObject({
      status: 'served',
      finishedAt: start + 399_000,
      finishNote: '서류 안내 완료',
    });

    const desk = await t.get('/api/v1/desks/5');
    const state = desk.json as { finishedToday: { id: number; arrivedAt: number; acknowledgedAt: number }[] };
    expect(state.finishedToday.map((v) => v.acknowledgedAt - v.arrivedAt)).toEqual([4_000]);
  });

  it('calls the longest-waiting ticket first and marks a no-show', async () => {
    await t.post('issueTicket', { departmentId: CIVIL });
    await t.post('issueTicket', { departmentId: CIVIL });
    const first = (await t.post('callNext', { deskId: 2 })).json as { result: TicketResult };
    expect(first.result.ticket).toMatchObject({ number: 'A001', status: 'arrived', deskId: 2 });
    const noShow = (await t.post('markNoShow', { deskId: 2, ticketId: first.result.ticket.id })).json as {
      result: TicketResult;
    };
    expect(noShow.result.ticket.status).toBe('noShow');
    const second = (await t.post('callNext', { deskId: 2 })).json as { result: TicketResult };
    expect(second.result.ticket.number).toBe('A002');
    const empty = await t.post('callNext', { deskId: 2 });
    expect(empty).toMatchObject({ status: 409, json: { error: { code: 'queue_empty' } } });
  });

  it('never gives two desks the same ticket, even when they press together', async () => {
    for (let i = 0; i < 20; i++) await t.post('issueTicket', { departmentId: CIVIL });
    const calls = await Promise.all(
      Array.from({ length: 20 }, (_, i) => t.post('callNext', { deskId: i % 2 === 0 ? 1 : 2 })),
    );
    const numbers = calls.map((c) => (c.json as { result: TicketResult }).result.ticket.number);
    expect(new Set(numbers).size).toBe(20);
    expect((await t.post('callNext', { deskId: 1 })).status).toBe(409);
  });
});

describe('ticket numbering', () => {
  it('is unique and gapless per department per day, and restarts the next Seoul day', async () => {
    const numbers: string[] = [];
    for (let i = 0; i < 12; i++) {
      const departmentId = i % 3 === 0 ? WELFARE : CIVIL;
      const r = (await t.post('issueTicket', { departmentId })).json as {
        result: CommandResult<'issueTicket'>;
      };
      numbers.push(r.result.ticket.number);
    }
    expect(numbers.filter((n) => n.startsWith('A'))).toEqual(
      Array.from({ length: 8 }, (_, i) => `A${String(i + 1).padStart(3, '0')}`),
    );
    expect(numbers.filter((n) => n.startsWith('C'))).toEqual(['C001', 'C002', 'C003', 'C004']);

    // An office open around the clock, so the day boundary alone is tested.
    await t.post('setOfficeHours', { week: [], alwaysOpen: true });
    t.clock.set(Date.parse('2026-11-23T14:59:59.999Z')); // 23:59:59.999 in Seoul
    const lastOfDay = (await t.post('issueTicket', { departmentId: CIVIL })).json as {
      result: CommandResult<'issueTicket'>;
    };
    expect(lastOfDay.result.ticket).toMatchObject({ number: 'A009', businessDay: '2026-11-23' });
    t.clock.advance(1); // midnight in Seoul
    const firstOfNext = (await t.post('issueTicket', { departmentId: CIVIL })).json as {
      result: CommandResult<'issueTicket'>;
    };
    expect(firstOfNext.result.ticket).toMatchObject({ number: 'A001', businessDay: '2026-11-24' });
  });

  it('does not call or count yesterday’s uncalled tickets', async () => {
    await t.post('issueTicket', { departmentId: CIVIL });
    t.clock.advance(24 * 60 * 60 * 1000);
    const office = (await t.get('/api/v1/office')).json as { departments: { waiting: number }[] };
    expect(office.departments[0]!.waiting).toBe(0);
    const token = await t.signIn('manager.lee', '1357');
    expect((await t.post('callNext', { deskId: 1 }, token)).json).toMatchObject({
      error: { code: 'queue_empty' },
    });
    const today = (await t.post('issueTicket', { departmentId: CIVIL })).json as {
      result: CommandResult<'issueTicket'>;
    };
    expect(today.result).toMatchObject({ ahead: 0, ticket: { number: 'A001' } });
  });

  it('tells the visitor how many are ahead', async () => {
    await t.post('issueTicket', { departmentId: CIVIL });
    await t.post('issueTicket', { departmentId: CIVIL });
    const third = (await t.post('issueTicket', { departmentId: CIVIL })).json as {
      result: CommandResult<'issueTicket'>;
    };
    expect(third.result.ahead).toBe(2);
  });
});
