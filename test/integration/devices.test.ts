import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { MAX_WRONG_CODES } from '../../server/hub/device-pairing';
import type { HubEvent, StreamServerMessage } from '../../shared/contract/events';
import { startTestHub, type TestHub } from '../support/test-hub';

let hubs: TestHub[] = [];
async function lanHub(options: Parameters<typeof startTestHub>[0] = {}): Promise<TestHub> {
  const t = await startTestHub({ asLan: true, ...options });
  hubs.push(t);
  return t;
}
afterEach(async () => {
  const done = hubs;
  hubs = [];
  for (const t of done) await t.dispose();
});

async function startPairing(t: TestHub, role: 'kiosk' | 'display' | 'staff' = 'kiosk'): Promise<string> {
  const reply = await t.post('startPairing', { role, name: `로비 ${role}` });
  return (reply.json as { result: { code: string } }).result.code;
}

function pair(t: TestHub, code: string) {
  return fetch(`${t.url}/api/v1/devices/pair`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
  });
}

/** A stream client on the LAN hub, with the device token as the desktop app sends it. */
function follow(t: TestHub, device: string) {
  const socket = new WebSocket(`${t.url.replace('http', 'ws')}/api/v1/events`, {
    headers: { 'x-minwon-device': device },
  });
  const messages: StreamServerMessage[] = [];
  const waiters: (() => void)[] = [];
  let closed: number | null = null;
  const wake = () => {
    for (const w of waiters.splice(0)) w();
  };
  socket.on('message', (data: Buffer) => {
    messages.push(JSON.parse(data.toString()) as StreamServerMessage);
    wake();
  });
  socket.on('close', (code) => {
    closed = code;
    wake();
  });
  socket.on('open', () => socket.send(JSON.stringify({ type: 'subscribe', after: t.hub.lastSeq() })));
  const until = (done: () => boolean): Promise<void> =>
    new Promise((resolve) => {
      const check = () => (done() ? resolve() : waiters.push(check));
      check();
    });
  const events = (): HubEvent[] => messages.flatMap((m) => (m.type === 'event' ? [m.event] : []));
  return {
    socket,
    until,
    events,
    closedWith: () => closed,
    caughtUp: () => messages.some((m) => m.type === 'caughtUp'),
  };
}

describe('pairing a PC on the office LAN', () => {
  it('refuses the LAN without pairing, and lets a paired kiosk take tickets and nothing else', async () => {
    const t = await lanHub();
    expect((await t.post('issueTicket', { departmentId: 1 }, null)).json).toMatchObject({
      error: { code: 'device_not_paired' },
    });
    const reply = await pair(t, await startPairing(t));
    expect(reply.status).toBe(200);
    const body = (await reply.json()) as { token: string; device: { role: string; name: string } };
    expect(body.device).toMatchObject({ role: 'kiosk', name: '로비 kiosk' });
    // Browsers keep the token in a cookie page scripts cannot read.
    expect(reply.headers.get('set-cookie')).toMatch(
      /^minwon_device=[\w-]+; Path=\/; HttpOnly; SameSite=Strict/,
    );

    const kiosk = { device: body.token };
    expect((await t.post('issueTicket', { departmentId: 1 }, kiosk)).status).toBe(200);
    expect((await t.post('callNext', { deskId: 1 }, kiosk)).json).toMatchObject({
      error: { code: 'forbidden' },
    });
    expect((await t.get('/api/v1/guide', kiosk)).status).toBe(403);
    // The cookie a browser would send is accepted like the header.
    const viaCookie = await fetch(`${t.url}/api/v1/office`, {
      headers: { cookie: `minwon_device=${body.token}` },
    });
    expect(viaCookie.status).toBe(200);
  });

  it('refuses a wrong, a used and an expired code, and changes nothing', async () => {
    const t = await lanHub();
    const code = await startPairing(t);
    const before = t.hub.lastSeq();
    const wrong = code === '000000' ? '000001' : '000000';
    const refused = await pair(t, wrong);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { code: 'pairing_code_wrong' } });
    expect(t.hub.lastSeq()).toBe(before);

    expect((await pair(t, code)).status).toBe(200);
    expect(await (await pair(t, code)).json()).toMatchObject({ error: { code: 'pairing_code_wrong' } });

    const late = await startPairing(t);
    t.clock.advance(10 * 60_000);
    expect(await (await pair(t, late)).json()).toMatchObject({ error: { code: 'pairing_code_wrong' } });
    expect((await pair(t, 'abc')).status).toBe(400);
  });

  it('locks out an address after 5 wrong codes, and withdraws every open code after 20', async () => {
    const t = await lanHub();
    const code = await startPairing(t);
    const wrong = code === '000000' ? '000001' : '000000';
    for (let i = 0; i < 5; i++) expect((await pair(t, wrong)).status).toBe(403);
    const locked = await pair(t, code);
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toBe('300');
    expect(await locked.json()).toMatchObject({
      error: { code: 'pairing_locked', retryAfterSeconds: 300 },
    });

    // Guessing from many addresses at once: the codes themselves are withdrawn.
    t.clock.advance(5 * 60_000 + 1);
    for (let i = 5; i < MAX_WRONG_CODES; i++) {
      if (i % 5 === 4) t.clock.advance(5 * 60_000 + 1);
      await pair(t, wrong);
    }
    t.clock.advance(5 * 60_000 + 1);
    const listed = await t.get('/api/v1/devices', t.managerToken);
    expect(listed.json).toMatchObject({ pairings: [] });
    expect((await pair(t, code)).status).toBe(403);
  });

  it('refuses a revoked device at once, on HTTP and on its open event stream', async () => {
    const t = await lanHub();
    const display = await t.pairDevice('display');
    expect((await t.get('/api/v1/display', display)).status).toBe(200);
    const stream = follow(t, display.device);
    await stream.until(stream.caughtUp);

    const deviceId = ((await t.get('/api/v1/devices', t.managerToken)).json as { devices: { id: number }[] })
      .devices[0]!.id;
    expect((await t.post('revokeDevice', { deviceId })).status).toBe(200);
    await stream.until(() => stream.closedWith() !== null);
    expect(stream.closedWith()).toBe(4401);
    expect((await t.get('/api/v1/display', display)).json).toMatchObject({
      error: { code: 'device_not_paired' },
    });
    const again = await new Promise<number>((resolve) => {
      const socket = new WebSocket(`${t.url.replace('http', 'ws')}/api/v1/events`, {
        headers: { 'x-minwon-device': display.device },
      });
      socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    });
    expect(again).toBe(401);
  });

  it('sends a lobby display calls without staff notes, visitor codes or staff events', async () => {
    const t = await lanHub();
    const display = await t.pairDevice('display');
    const stream = follow(t, display.device);
    await stream.until(stream.caughtUp);
    await t.post('issueTicket', { departmentId: 1 });
    const called = await t.post('callNext', { deskId: 1 });
    const ticket = (called.json as { result: { ticket: { id: number; code: string } } }).result.ticket;
    await t.post('acknowledgeArrival', { deskId: 1, ticketId: ticket.id });
    await t.post('finishService', { deskId: 1, ticketId: ticket.id, note: '주민등록번호 뒷자리 확인함' });
    await t.post('defineStaff', {
      login: 'new.clerk',
      name: '신규 직원',
      role: 'desk',
      pin: '1234',
      departmentId: 1,
    });
    await t.post('issueTicket', { departmentId: 2 });
    await stream.until(() => stream.events().filter((e) => e.type === 'ticketIssued').length === 2);

    const seen = JSON.stringify(stream.events());
    expect(stream.events().map((e) => e.type)).toContain('visitFinished');
    expect(seen).not.toContain('주민등록번호');
    expect(seen).not.toContain(ticket.code);
    expect(seen).not.toContain('신규 직원');
    stream.socket.close();
  });

  it('sends a staff PC and a lobby display, following at once, each its own view of each event', async () => {
    const t = await lanHub();
    const screens = [await t.pairDevice('staff'), await t.pairDevice('display'), await t.pairDevice('staff')];
    const streams = screens.map((screen) => follow(t, screen.device));
    for (const stream of streams) await stream.until(stream.caughtUp);
    const issued = (await t.post('issueTicket', { departmentId: 1 })).json as {
      result: { ticket: { code: string } };
    };
    await t.post('defineStaff', {
      login: 'new.clerk',
      name: '신규 직원',
      role: 'desk',
      pin: '1234',
      departmentId: 1,
    });
    for (const stream of streams) {
      await stream.until(() => stream.events().some((e) => e.type === 'ticketIssued'));
    }
    await streams[0]!.until(() => streams[0]!.events().some((e) => e.type === 'staffDefined'));
    await streams[2]!.until(() => streams[2]!.events().some((e) => e.type === 'staffDefined'));
    const [staffPc, display, otherStaffPc] = streams.map((s) => JSON.stringify(s.events()));
    expect(staffPc).toContain(issued.result.ticket.code);
    expect(staffPc).toContain('신규 직원');
    expect(otherStaffPc).toBe(staffPc);
    expect(display).not.toContain(issued.result.ticket.code);
    expect(display).not.toContain('신규 직원');
    for (const stream of streams) stream.socket.close();
  });
});

describe('the office’s first manager', () => {
  it('is created once, from the hub’s own PC only', async () => {
    const t = await startTestHub({ demo: false });
    hubs.push(t);
    expect((await t.get('/api/v1/setup')).json).toEqual({ needsFirstManager: true });
    const create = (login: string) =>
      fetch(`${t.url}/api/v1/setup/first-manager`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login, name: '김과장', pin: '2468' }),
      });
    expect((await create('BAD LOGIN')).status).toBe(400);
    const made = await create('kim.manager');
    expect(made.status).toBe(201);
    expect(await made.json()).toMatchObject({ staff: { login: 'kim.manager', role: 'manager' } });
    expect(await (await create('second.manager')).json()).toMatchObject({ error: { code: 'setup_done' } });
    expect((await t.get('/api/v1/setup')).json).toEqual({ needsFirstManager: false });
    await expect(t.signIn('kim.manager', '2468')).resolves.toMatch(/\w{20,}/);
  });

  it('cannot be created from the LAN', async () => {
    const t = await lanHub({ demo: false });
    const reply = await fetch(`${t.url}/api/v1/setup/first-manager`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'intruder', name: '침입자', pin: '1111' }),
    });
    expect(reply.status).toBe(401);
  });
});

describe('the request log', () => {
  it('names requests but never a PIN, a session or device token, or a pairing code', async () => {
    const lines: string[] = [];
    const log = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const t = await lanHub({ log });
    const code = await startPairing(t);
    const paired = (await (await pair(t, code)).json()) as { token: string };
    await t.post('issueTicket', { departmentId: 1 }, { device: paired.token });
    await t.post('issueTicket', { departmentId: 1 }, 'not-a-real-session-token-at-all');
    await t.get('/api/v1/office?token=secret-in-query', { device: paired.token });

    const text = lines.join('');
    expect(text).toContain('/api/v1/devices/pair');
    expect(text).toContain('/api/v1/commands/issueTicket');
    for (const secret of [
      '1357',
      t.managerToken,
      paired.token,
      code,
      'not-a-real-session',
      'secret-in-query',
    ]) {
      expect(text).not.toContain(secret);
    }
  });
});
