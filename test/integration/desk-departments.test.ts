import { afterEach, describe, expect, it } from 'vitest';
import type { Staff } from '../../shared/contract/views';
import { startTestHub, type TestHub } from '../support/test-hub';

// Desk staff sign in only at their own department's desks unless a manager allows otherwise
// (issue 12, part 6). In the demo office desk.kim works at 종합민원실 (desks 1 and 2); desks 3
// and 4 are 세무회계과's.
let t: TestHub;
afterEach(async () => {
  await t.dispose();
});

const signInReply = (body: unknown) =>
  fetch(`${t.url}/api/v1/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }).then(async (r) => ({ status: r.status, json: (await r.json()) as unknown }));

async function staffNamed(login: string): Promise<Staff> {
  const board = (await t.get('/api/v1/guide', t.managerToken)).json as { staff: Staff[] };
  return board.staff.find((s) => s.login === login)!;
}

describe.each([
  ['on the hub’s own PC', false],
  ['from another PC on the LAN', true],
])('desk staff %s', (_where, asLan) => {
  it('are refused at another department’s desk until a manager lets them work there', async () => {
    t = await startTestHub({ asLan });
    const kim = await staffNamed('desk.kim');
    expect(kim).toMatchObject({ departmentId: 1, otherDepartments: false });

    const seq = t.hub.lastSeq();
    const refused = await signInReply({ login: 'desk.kim', pin: '2580', deskId: 3 });
    expect(refused).toEqual({
      status: 403,
      json: { error: { code: 'other_department_desk', message: expect.stringContaining('Civil') as string } },
    });
    // The refusal changed nothing: no session, no event, and the own desk still signs in.
    expect(t.hub.lastSeq()).toBe(seq);
    expect(await t.signIn('desk.kim', '2580', 1)).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const allowed = await t.post('defineStaff', { ...kim, otherDepartments: true });
    expect(allowed.status).toBe(200);
    const atTax = await t.signIn('desk.kim', '2580', 3);
    const current = await t.get('/api/v1/sessions/current', atTax);
    expect(current).toMatchObject({ status: 200, json: { deskId: 3, staff: { login: 'desk.kim' } } });
    expect((await t.post('callNext', { deskId: 3 }, atTax)).json).toMatchObject({
      error: { code: 'queue_empty' },
    });

    // Taken off other departments' desks again: the session at 세무회계과 ends at once.
    await t.post('defineStaff', { ...kim, otherDepartments: false });
    expect((await t.get('/api/v1/sessions/current', atTax)).status).toBe(401);
    expect((await signInReply({ login: 'desk.kim', pin: '2580', deskId: 3 })).status).toBe(403);
  });
});

describe('a desk staff member’s department', () => {
  it('moves with the manager’s change, and a wrong PIN still says only that the PIN is wrong', async () => {
    t = await startTestHub();
    const kim = await staffNamed('desk.kim');
    // A wrong PIN at a foreign desk tells a stranger nothing about anyone's desks.
    expect((await signInReply({ login: 'desk.kim', pin: '0000', deskId: 3 })).json).toMatchObject({
      error: { code: 'wrong_pin' },
    });
    await t.post('defineStaff', { ...kim, departmentId: 2 });
    expect((await signInReply({ login: 'desk.kim', pin: '2580', deskId: 1 })).status).toBe(403);
    expect((await signInReply({ login: 'desk.kim', pin: '2580', deskId: 4 })).status).toBe(200);
  });

  it('is required of desk staff, must exist, and managers sign in at any desk', async () => {
    t = await startTestHub();
    const clerk = { login: 'new.clerk', name: '신규 직원', role: 'desk', pin: '1234' };
    expect((await t.post('defineStaff', clerk)).json).toMatchObject({ error: { code: 'invalid_input' } });
    expect((await t.post('defineStaff', { ...clerk, departmentId: 99 })).json).toMatchObject({
      error: { code: 'department_not_found' },
    });
    expect((await t.post('defineStaff', { ...clerk, otherDepartments: true })).status).toBe(200);
    expect(await t.signIn('new.clerk', '1234', 5)).toBeTruthy();
    expect(await t.signIn('manager.lee', '1357', 3)).toBeTruthy();
  });
});
