import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { commandNames, type CommandName } from '../../shared/contract/commands';
import { SESSION_PROTOCOL_PREFIX, STREAM_PROTOCOL } from '../../shared/contract/events';
import { startTestHub, type Credential, type TestHub } from '../support/test-hub';

// The table of docs/security.md, written out here on its own so that a change of the code's
// access rules has to be made in two places on purpose. "hub PC" is a request from the hub's own
// PC without a sign-in; every other column is a PC on the office LAN: a stranger (nothing), a
// paired kiosk, display or staff PC (device token, nobody signed in), or a staff sign-in.
type Role = 'hubPc' | 'stranger' | 'kiosk' | 'display' | 'staffPc' | 'guide' | 'desk' | 'manager';
const roles: Role[] = ['hubPc', 'stranger', 'kiosk', 'display', 'staffPc', 'guide', 'desk', 'manager'];

const signIns: Role[] = ['guide', 'desk', 'manager'];
const ticketTakers: Role[] = ['hubPc', 'kiosk', ...signIns];
const deskStaff: Role[] = ['desk', 'manager'];
const guides: Role[] = ['guide', 'manager'];
const managers: Role[] = ['manager'];
const reached: Role[] = roles.filter((r) => r !== 'stranger');
const staffSide: Role[] = ['hubPc', 'staffPc', ...signIns];
const callBoard: Role[] = reached.filter((r) => r !== 'kiosk');

const commandTable: Record<CommandName, Role[]> = {
  issueTicket: ticketTakers,
  requestEscort: ticketTakers,
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
  setRetentionDays: managers,
  setStaffFigures: managers,
  setApprovalBoxes: managers,
  setForecastSettings: managers,
  defineDepartment: managers,
  defineDesk: managers,
  defineStaff: managers,
  applyCharter: managers,
  setKioskLanguages: managers,
  startPairing: managers,
  revokeDevice: managers,
  receiveCase: ticketTakers,
  notifyCaseDelay: managers,
  answerCase: managers,
  closeCase: managers,
  rateVisit: ticketTakers,
};

const readTable: [string, Role[]][] = [
  ['/api/v1/office', reached],
  ['/api/v1/departments', reached],
  ['/api/v1/health', reached],
  ['/api/v1/setup', reached],
  ['/api/v1/devices/current', roles],
  ['/api/v1/display', callBoard],
  ['/api/v1/desks/1', staffSide],
  ['/api/v1/guide', staffSide],
  ['/api/v1/reports/summary?from=2026-11-23', managers],
  ['/api/v1/reports/visits?from=2026-11-23&format=csv', managers],
  ['/api/v1/compensations?month=2026-11', managers],
  ['/api/v1/backups', managers],
  ['/api/v1/settings/export', managers],
  ['/api/v1/settings/retention', managers],
  ['/api/v1/devices', managers],
  ['/api/v1/cases?from=2026-11-23', managers],
  ['/api/v1/reports/cases?from=2026-11-23', managers],
];

/**
 * The status a refused role gets: 401 says "sign in or pair first" (nobody is signed in), 403
 * says "you are known, and this is not yours".
 */
const refusal = (role: Role): number =>
  role === 'stranger' || role === 'hubPc' || role === 'staffPc' ? 401 : 403;

let local: TestHub;
let lan: TestHub;
const credentials = {} as Record<Role, { hub: () => TestHub; credential: Credential }>;

beforeAll(async () => {
  local = await startTestHub();
  lan = await startTestHub({ asLan: true });
  credentials.hubPc = { hub: () => local, credential: null };
  credentials.stranger = { hub: () => lan, credential: null };
  credentials.kiosk = { hub: () => lan, credential: await lan.pairDevice('kiosk') };
  credentials.display = { hub: () => lan, credential: await lan.pairDevice('display') };
  credentials.staffPc = { hub: () => lan, credential: await lan.pairDevice('staff') };
  credentials.guide = { hub: () => lan, credential: await lan.signIn('guide.park', '4680') };
  credentials.desk = { hub: () => lan, credential: await lan.signIn('desk.kim', '2580', 1) };
  credentials.manager = { hub: () => lan, credential: lan.managerToken };
});
afterAll(async () => {
  await local.dispose();
  await lan.dispose();
});

function headersOf(credential: Credential): Record<string, string> {
  if (typeof credential === 'string') return { authorization: `Bearer ${credential}` };
  return credential ? { 'x-minwon-device': credential.device } : {};
}

describe('the role table', () => {
  it('lists every command of the contract', () => {
    expect(Object.keys(commandTable).sort()).toEqual([...commandNames].sort());
  });

  // An empty body is invalid for almost every command: an allowed role gets past the role check
  // to the schema (400), a refused one is stopped before it (401/403). Nothing is changed.
  it.each(commandNames)('%s', async (name) => {
    for (const role of roles) {
      const { hub, credential } = credentials[role];
      const reply = await hub().post(name, { deskId: 1 }, credential);
      const allowed = commandTable[name].includes(role);
      if (allowed) expect([200, 400, 404, 409], `${name} as ${role}`).toContain(reply.status);
      else expect(reply.status, `${name} as ${role}`).toBe(refusal(role));
    }
  });

  it.each(readTable)('GET %s', async (path, allowedRoles) => {
    for (const role of roles) {
      const { hub, credential } = credentials[role];
      const reply = await fetch(hub().url + path, { headers: headersOf(credential) });
      await reply.arrayBuffer();
      if (allowedRoles.includes(role)) expect(reply.status, `${path} as ${role}`).toBe(200);
      else expect(reply.status, `${path} as ${role}`).toBe(refusal(role));
    }
  });

  // As a browser does it: a device by its cookie or header, a sign-in as an offered subprotocol.
  const openStream = (hub: TestHub, credential: Credential, protocols: string[] = []) => {
    const offered =
      typeof credential === 'string'
        ? [STREAM_PROTOCOL, SESSION_PROTOCOL_PREFIX + credential, ...protocols]
        : [STREAM_PROTOCOL, ...protocols];
    return new WebSocket(`${hub.url.replace('http', 'ws')}/api/v1/events`, offered, {
      headers: typeof credential === 'string' ? {} : headersOf(credential),
    });
  };
  const outcome = (socket: WebSocket) =>
    new Promise<string>((resolve) => {
      socket.on('open', () => {
        resolve(`open ${socket.protocol}`);
        socket.close();
      });
      socket.on('unexpected-response', (_request, response) => resolve(String(response.statusCode)));
    });

  it('opens the event stream to every known PC and no stranger, and never echoes a token', async () => {
    for (const role of roles) {
      const { hub, credential } = credentials[role];
      expect(await outcome(openStream(hub(), credential)), role).toBe(
        role === 'stranger' ? '401' : `open ${STREAM_PROTOCOL}`,
      );
    }
    const madeUp = SESSION_PROTOCOL_PREFIX + 'x'.repeat(43);
    expect(await outcome(openStream(lan, null, [madeUp]))).toBe('401');
  });

  it('closes a signed-in stream at the next event once its session ends', async () => {
    const token = await lan.signIn('desk.kim', '2580', 1);
    const socket = openStream(lan, token);
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    const caughtUp = new Promise<void>((resolve) =>
      socket.on('message', (data: Buffer) => {
        if ((JSON.parse(data.toString()) as { type: string }).type === 'caughtUp') resolve();
      }),
    );
    socket.on('open', () => socket.send(JSON.stringify({ type: 'subscribe', after: lan.hub.lastSeq() })));
    await caughtUp;
    const out = await fetch(`${lan.url}/api/v1/sessions/current`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(out.status).toBe(200);
    expect((await lan.post('issueTicket', { departmentId: 1 })).status).toBe(200);
    expect(await closed).toBe(4401);
  });

  it('keeps desk staff at their own desk', async () => {
    const reply = await lan.post('callNext', { deskId: 2 }, credentials.desk.credential);
    expect(reply).toMatchObject({ status: 403, json: { error: { code: 'forbidden' } } });
  });
});
