import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { charterPresets } from '../../shared/charter/presets';
import type { Office, Ticket } from '../../shared/contract/views';
import { startTestHub, type TestHub } from '../support/test-hub';

let t: TestHub;
beforeEach(async () => {
  t = await startTestHub(); // the demo office keeps weekday hours 09:00–18:00 (Seoul)
});
afterEach(async () => {
  await t.dispose();
});

const seoul = (local: string) => Date.parse(`${local}+09:00`);
const office = async () => (await t.get('/api/v1/office')).json as Office;

describe('office hours at the kiosk', () => {
  it('issues no ticket after closing and says when the office opens', async () => {
    t.clock.set(seoul('2026-11-23T18:00:00'));
    const refused = await t.post('issueTicket', { departmentId: 1 }, null);
    expect(refused).toMatchObject({ status: 409, json: { error: { code: 'office_closed' } } });
    expect((await office()).status).toEqual({
      open: false,
      reason: 'afterHours',
      opensAt: seoul('2026-11-24T09:00:00'),
    });
  });

  it('is closed on a holiday the manager set, and open again when it is removed', async () => {
    await t.post('setHoliday', { day: '2026-11-23', nameKo: '개청 기념일' });
    expect((await t.post('issueTicket', { departmentId: 1 }, null)).json).toMatchObject({
      error: { code: 'office_closed' },
    });
    expect((await office()).status).toMatchObject({ open: false, reason: 'holiday' });
    await t.post('removeHoliday', { day: '2026-11-23' });
    expect((await t.post('issueTicket', { departmentId: 1 }, null)).status).toBe(200);
  });

  it('issues no ticket for a department that stopped taking them', async () => {
    await t.post('setDepartmentAccepting', { departmentId: 2, accepting: false });
    expect((await t.post('issueTicket', { departmentId: 2 }, null)).json).toMatchObject({
      error: { code: 'department_closed' },
    });
    expect((await office()).departments.find((d) => d.id === 2)?.accepting).toBe(false);
    expect((await t.post('issueTicket', { departmentId: 1 }, null)).status).toBe(200);
  });

  it('opens around the clock only when asked outright, and a holiday then closes that day only', async () => {
    t.clock.set(seoul('2026-11-23T20:00:00')); // a Monday evening, after the demo's hours
    const unticked = await t.post('setOfficeHours', { week: [] });
    expect(unticked).toMatchObject({ status: 400, json: { error: { code: 'invalid_input' } } });
    expect((await office()).status).toMatchObject({ open: false, reason: 'afterHours' });

    await t.post('setOfficeHours', { week: [], alwaysOpen: true });
    expect((await office()).status).toEqual({ open: true, closesAt: null });
    await t.post('setHoliday', { day: '2026-12-25', nameKo: '성탄절' });
    expect((await office()).status).toEqual({ open: true, closesAt: null });
    expect((await t.post('issueTicket', { departmentId: 1 }, null)).status).toBe(200);
    t.clock.set(seoul('2026-12-25T10:00:00'));
    expect((await office()).status).toEqual({
      open: false,
      reason: 'holiday',
      opensAt: seoul('2026-12-26T00:00:00'),
    });
  });

  it('keeps a day open until midnight when it closes at 24:00', async () => {
    await t.post('setOfficeHours', { week: [{ weekday: 1, opens: '09:00', closes: '24:00' }] });
    t.clock.set(seoul('2026-11-23T23:30:00'));
    expect((await office()).status).toEqual({ open: true, closesAt: seoul('2026-11-24T00:00:00') });
  });

  it('applies each change the manager makes from the very next ticket, however many came before', async () => {
    const issue = async (departmentId = 1) => {
      const reply = await t.post('issueTicket', { departmentId }, null);
      return reply.status === 200
        ? (reply.json as { result: { ticket: Ticket } }).result.ticket
        : (reply.json as { error: { code: string } }).error.code;
    };
    await issue();
    await t.post('setDepartmentAccepting', { departmentId: 1, accepting: false });
    expect(await issue()).toBe('department_closed');
    await t.post('setDepartmentAccepting', { departmentId: 1, accepting: true });
    expect(await issue()).toMatchObject({ departmentId: 1, attendTargetMs: 10_000 });
    const { presetId, ...mokpo } = charterPresets.mokpo;
    await t.post('applyCharter', { presetId, ...mokpo });
    expect(await issue()).toMatchObject({ attendTargetMs: 5_000, guideTargetMs: 120_000 });
    await t.post('setOfficeHours', { week: [{ weekday: 1, opens: '09:00', closes: '09:30' }] });
    expect(await issue()).toBe('office_closed');
    await t.post('setOfficeHours', { week: [], alwaysOpen: true });
    expect(await issue()).toMatchObject({ departmentId: 1 });
    await t.post('setHoliday', { day: '2026-11-23', nameKo: '개청 기념일' });
    expect(await issue()).toBe('office_closed');
    await t.post('defineDepartment', {
      prefix: 'Z',
      nameKo: '민원봉사과',
      nameEn: 'Civil Service',
      floor: '1층',
      locationKo: '',
      locationEn: '',
      phone: '',
      tasks: [],
    });
    await t.post('removeHoliday', { day: '2026-11-23' });
    const departments = (await office()).departments;
    expect(await issue(departments.at(-1)!.id)).toMatchObject({ number: 'Z001' });
  });

  it('refuses hours that close before they open', async () => {
    const bad = await t.post('setOfficeHours', { week: [{ weekday: 1, opens: '18:00', closes: '09:00' }] });
    expect(bad).toMatchObject({ status: 400, json: { error: { code: 'invalid_input' } } });
  });
});

describe('the estimated wait', () => {
  it('comes from today’s service times, shared by the desks present', async () => {
    expect((await office()).departments[0]!.estimatedWaitMs).toBeNull();
    for (const serviceMs of [120_000, 240_000]) {
      const issued = (await t.post('issueTicket', { departmentId: 1 }, null)).json as {
        result: { ticket: { id: number } };
      };
      await t.post('callNext', { deskId: 1 });
      await t.post('acknowledgeArrival', { deskId: 1, ticketId: issued.result.ticket.id });
      t.clock.advance(serviceMs);
      await t.post('finishService', { deskId: 1, ticketId: issued.result.ticket.id });
    }
    for (let i = 0; i < 4; i++) await t.post('issueTicket', { departmentId: 1 }, null);
    // 4 waiting × median 180 s ÷ 2 desks
    expect((await office()).departments[0]).toMatchObject({ waiting: 4, estimatedWaitMs: 360_000 });
  });
});
