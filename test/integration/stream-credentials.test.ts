import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { SESSION_PROTOCOL_PREFIX, STREAM_PROTOCOL } from '../../shared/contract/events';
import { SESSION_HOURS } from '../../shared/contract/session';
import { startTestHub, type TestHub } from '../support/test-hub';

// A stream asks at every event whether its session or device still counts, and the hub keeps
// the answer until something it depends on changes: these are the changes nothing else makes.
let t: TestHub;
beforeEach(async () => {
  t = await startTestHub({ asLan: true });
});
afterEach(async () => {
  await t.dispose();
});

/** A stream from a LAN PC with a session token (as a browser offers it) or a device token. */
function follow(credential: { session: string } | { device: string }) {
  const socket = new WebSocket(
    `${t.url.replace('http', 'ws')}/api/v1/events`,
    'session' in credential
      ? [STREAM_PROTOCOL, SESSION_PROTOCOL_PREFIX + credential.session]
      : [STREAM_PROTOCOL],
    { headers: 'device' in credential ? { 'x-minwon-device': credential.device } : {} },
  );
  let events = 0;
  let wake: () => unknown = () => undefined;
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  const caughtUp = new Promise<void>((resolve) =>
    socket.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString()) as { type: string };
      if (message.type === 'caughtUp') resolve();
      if (message.type === 'event') {
        events += 1;
        wake();
      }
    }),
  );
  socket.on('open', () => socket.send(JSON.stringify({ type: 'subscribe', after: t.hub.lastSeq() })));
  const eventCount = (n: number) =>
    new Promise<void>((resolve) => {
      wake = () => (events >= n ? resolve() : undefined);
      wake();
    });
  return { socket, closed, caughtUp, eventCount };
}

describe('a stream’s session or device, checked at every event', () => {
  it('closes a signed-in stream at the first event after its session ran out, nothing else changed', async () => {
    const kiosk = await t.pairDevice('kiosk');
    await t.post('setOfficeHours', { week: [], alwaysOpen: true }); // open around the clock: the session outlasts the day
    const session = await t.signIn('desk.kim', '2580', 1);
    const stream = follow({ session });
    await stream.caughtUp;
    await t.post('issueTicket', { departmentId: 1 }, kiosk);
    await stream.eventCount(1);
    t.clock.advance(SESSION_HOURS * 3_600_000 - 1_000);
    await t.post('issueTicket', { departmentId: 1 }, kiosk);
    await stream.eventCount(2);
    t.clock.advance(1_000);
    expect((await t.post('issueTicket', { departmentId: 1 }, kiosk)).status).toBe(200);
    expect(await stream.closed).toBe(4401);
  });

  it('closes a signed-in stream, after many events, when a manager resets that person’s PIN', async () => {
    const session = await t.signIn('desk.kim', '2580', 1);
    const stream = follow({ session });
    await stream.caughtUp;
    for (let i = 0; i < 5; i++) await t.post('issueTicket', { departmentId: 1 });
    await stream.eventCount(5);
    const me = (await t.get('/api/v1/sessions/current', session)).json as { staff: { id: number } };
    expect((await t.post('resetStaffPin', { staffId: me.staff.id, pin: '8642' })).status).toBe(200);
    expect(await stream.closed).toBe(4401);
    expect((await t.get('/api/v1/sessions/current', session)).status).toBe(401);
  });

  it('refuses a display revoked with another tool on the database file at its next request', async () => {
    const display = await t.pairDevice('display');
    expect((await t.get('/api/v1/display', display)).status).toBe(200);
    const other = new Database(t.dbFile);
    try {
      other.prepare("UPDATE devices SET revoked_at = 1 WHERE role = 'display'").run();
    } finally {
      other.close();
    }
    expect((await t.get('/api/v1/display', display)).json).toMatchObject({
      error: { code: 'device_not_paired' },
    });
  });

  it('follows a paired display through many events and closes it once it is revoked', async () => {
    const display = await t.pairDevice('display');
    const stream = follow(display);
    await stream.caughtUp;
    for (let i = 0; i < 5; i++) await t.post('issueTicket', { departmentId: 1 });
    await stream.eventCount(5);
    const devices = (await t.get('/api/v1/devices', t.managerToken)).json as {
      devices: { id: number; role: string }[];
    };
    const paired = devices.devices.find((d) => d.role === 'display')!;
    await t.post('revokeDevice', { deviceId: paired.id });
    expect(await stream.closed).toBe(4401);
  });
});
