import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countEvents } from '../../db/events';
import { openDatabase } from '../../db/open-database';
import { startTestHub, type TestHub } from '../support/test-hub';

let t: TestHub;
beforeEach(async () => {
  t = await startTestHub();
});
afterEach(async () => {
  await t.dispose();
});

function eventCount(): number {
  const db = openDatabase(t.dbFile);
  try {
    return countEvents(db);
  } finally {
    db.close();
  }
}

async function expectRefused(
  request: Promise<{ status: number; json: unknown }>,
  status: number,
  code: string,
): Promise<void> {
  const before = eventCount();
  const response = await request;
  expect(response.status).toBe(status);
  expect(response.json).toMatchObject({ error: { code, message: expect.any(String) as string } });
  expect(eventCount()).toBe(before);
}

describe('bad input is refused with a 4xx and changes nothing', () => {
  it('refuses a body that is not JSON', async () => {
    await expectRefused(t.post('issueTicket', '{"departmentId":'), 400, 'invalid_json');
  });

  it('refuses a wrongly typed or unexpected field', async () => {
    await expectRefused(t.post('issueTicket', { departmentId: '1' }), 400, 'invalid_input');
    await expectRefused(t.post('issueTicket', { departmentId: 1, admin: true }), 400, 'invalid_input');
    await expectRefused(t.post('issueTicket', { departmentId: 1, language: 'fr' }), 400, 'invalid_input');
    await expectRefused(t.post('issueTicket', []), 400, 'invalid_input');
  });

  it('refuses an unknown department, desk, ticket or command', async () => {
    await expectRefused(t.post('issueTicket', { departmentId: 999 }), 404, 'department_not_found');
    await expectRefused(t.post('callNext', { deskId: 999 }), 404, 'desk_not_found');
    await expectRefused(t.post('acknowledgeArrival', { deskId: 1, ticketId: 999 }), 404, 'ticket_not_found');
    await expectRefused(t.post('dropTables', {}), 404, 'unknown_command');
    await expectRefused(t.get('/api/v1/desks/999'), 404, 'desk_not_found');
    await expectRefused(t.get('/api/v1/desks/abc'), 400, 'invalid_input');
  });

  it('refuses acknowledging a finished ticket', async () => {
    await t.post('issueTicket', { departmentId: 1 });
    const called = (await t.post('callNext', { deskId: 1 })).json as { result: { ticket: { id: number } } };
    const id = called.result.ticket.id;
    await t.post('acknowledgeArrival', { deskId: 1, ticketId: id });
    await t.post('finishService', { deskId: 1, ticketId: id });
    await expectRefused(t.post('acknowledgeArrival', { deskId: 1, ticketId: id }), 409, 'illegal_transition');
    await expectRefused(t.post('markNoShow', { deskId: 1, ticketId: id }), 409, 'illegal_transition');
  });

  it('refuses acting on a ticket at another desk', async () => {
    await t.post('issueTicket', { departmentId: 1 });
    const called = (await t.post('callNext', { deskId: 1 })).json as { result: { ticket: { id: number } } };
    await expectRefused(
      t.post('acknowledgeArrival', { deskId: 2, ticketId: called.result.ticket.id }),
      409,
      'ticket_not_at_desk',
    );
  });

  it('refuses a mistyped, unknown or other-department ticket code at check-in', async () => {
    const issued = (await t.post('issueTicket', { departmentId: 1 })).json as {
      result: { ticket: { code: string } };
    };
    const code = issued.result.ticket.code;
    const typo = code.slice(0, -1) + String((Number(code.at(-1)) + 1) % 10);
    await expectRefused(t.post('checkIn', { deskId: 1, code: typo }), 400, 'invalid_ticket_code');
    await expectRefused(t.post('checkIn', { deskId: 5, code }), 409, 'wrong_department');
    await expectRefused(t.post('checkIn', { deskId: 1, code: '000000000' }), 404, 'ticket_code_unknown');
  });

  it('refuses checking in a ticket from an earlier day', async () => {
    const issued = (await t.post('issueTicket', { departmentId: 3 })).json as {
      result: { ticket: { code: string } };
    };
    t.clock.advance(24 * 60 * 60 * 1000);
    const token = await t.signIn('manager.lee', '1357');
    // The new day's first read closes yesterday's open visits (one event of its own); the refused
    // check-in that follows must add nothing.
    expect((await t.get('/api/v1/office', token)).status).toBe(200);
    await expectRefused(
      t.post('checkIn', { deskId: 5, code: issued.result.ticket.code }, token),
      409,
      'ticket_expired',
    );
  });

  it('refuses a body over 64 KiB', async () => {
    await expectRefused(
      t.post('issueTicket', { departmentId: 1, pad: 'x'.repeat(70_000) }),
      413,
      'payload_too_large',
    );
  });

  it('answers unknown API paths with the JSON error shape', async () => {
    await expectRefused(t.get('/api/v1/nothing-here'), 404, 'not_found');
  });
});
