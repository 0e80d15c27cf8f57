import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandNames, type CommandName } from '../../shared/contract/commands';
import { startTestHub, type TestHub } from '../support/test-hub';

// The table of docs/security.md, written out here on its own so that a change of the code's
// access rules has to be made in two places on purpose.
type Role = 'anonymous' | 'guide' | 'desk' | 'manager';
const roles: Role[] = ['anonymous', 'guide', 'desk', 'manager'];

const everyone: Role[] = ['anonymous', 'guide', 'desk', 'manager'];
const deskStaff: Role[] = ['desk', 'manager'];
const guides: Role[] = ['guide', 'manager'];
const managers: Role[] = ['manager'];

const commandTable: Record<CommandName, Role[]> = {
  issueTicket: everyone,
  requestEscort: everyone,
  acceptEscort: guides,
  deliverEscort: guides,
  callNext: deskStaff,
  callTicket: deskStaff,
  recallTicket: deskStaff,
  checkIn: deskStaff,
  acknowledgeArrival: deskStaff,
  finishService: deskStaff,
  markNoShow: deskStaff,
  transferTicket: deskStaff,
  setDeskAway: deskStaff,
  returnToDesk: deskStaff,
  judgeRepeatVisit: deskStaff,
  resetStaffPin: managers,
  setOfficeHours: managers,
  setHoliday: managers,
  removeHoliday: managers,
  setDepartmentAccepting: managers,
  approveCompensation: managers,
  rejectCompensation: managers,
  markCompensationPaid: managers,
  setExportStaffNames: managers,
  defineDepartment: managers,
  defineDesk: managers,
  defineStaff: managers,
  applyCharter: managers,
};

const readTable: [string, Role[]][] = [
  ['/api/v1/office', everyone],
  ['/api/v1/departments', everyone],
  ['/api/v1/desks/1', everyone],
  ['/api/v1/guide', everyone],
  ['/api/v1/display', everyone],
  ['/api/v1/health', everyone],
  ['/api/v1/reports/summary?from=2026-11-23', managers],
  ['/api/v1/reports/visits?from=2026-11-23&format=csv', managers],
  ['/api/v1/compensations?month=2026-11', managers],
  ['/api/v1/backups', managers],
  ['/api/v1/settings/export', managers],
];

let t: TestHub;
const tokens: Record<Role, string | null> = { anonymous: null, guide: null, desk: null, manager: null };

beforeAll(async () => {
  t = await startTestHub();
  tokens.manager = t.managerToken;
  tokens.guide = await t.signIn('guide.park', '4680');
  tokens.desk = await t.signIn('desk.kim', '2580', 1);
});
afterAll(async () => {
  await t.dispose();
});

const refusal = (role: Role) => (role === 'anonymous' ? 401 : 403);

describe('the role table', () => {
  it('lists every command of the contract', () => {
    expect(Object.keys(commandTable).sort()).toEqual([...commandNames].sort());
  });

  // An empty body is invalid for almost every command: an allowed role gets past the role check
  // to the schema (400), a refused one is stopped before it (401/403). Nothing is changed.
  it.each(commandNames)('%s', async (name) => {
    for (const role of roles) {
      const reply = await t.post(name, { deskId: 1 }, tokens[role]);
      const allowed = commandTable[name].includes(role);
      if (allowed) expect([200, 400, 404, 409], `${name} as ${role}`).toContain(reply.status);
      else expect(reply.status, `${name} as ${role}`).toBe(refusal(role));
    }
  });

  it.each(readTable)('GET %s', async (path, allowedRoles) => {
    for (const role of roles) {
      const reply = await fetch(t.url + path, {
        headers: tokens[role] ? { authorization: `Bearer ${tokens[role]}` } : {},
      });
      await reply.arrayBuffer();
      if (allowedRoles.includes(role)) expect(reply.status, `${path} as ${role}`).toBe(200);
      else expect(reply.status, `${path} as ${role}`).toBe(refusal(role));
    }
  });

  it('keeps desk staff at their own desk', async () => {
    const reply = await t.post('callNext', { deskId: 2 }, tokens.desk);
    expect(reply).toMatchObject({ status: 403, json: { error: { code: 'forbidden' } } });
  });
});
