import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest, sendRaw, type RawReply } from '../support/raw-http';
import { startTestHub, type TestHub } from '../support/test-hub';

// DNS rebinding: a page at attacker.example whose name is re-pointed at 127.0.0.1 talks to the
// hub from a browser on the hub's own PC, with the attacker's name in Host. Played with raw
// requests, which send Host and Origin exactly as such a browser would.

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ hostNames: ['minwon-hub.local'] });
});
afterAll(async () => {
  await t.dispose();
});

function send(
  hub: TestHub,
  method: string,
  target: string,
  host: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<RawReply> {
  return sendRaw(
    { host: '127.0.0.1', port: hub.port },
    rawRequest(method, target, { host, headers, ...(body === undefined ? {} : { body }) }),
  );
}

const foreignHosts = (port: number) => [
  `attacker.example:${port}`,
  'attacker.example',
  `localhost.attacker.example:${port}`,
  `127.0.0.1.nip.io:${port}`,
  `minwon-hub.local.attacker.example:${port}`,
  `evil@127.0.0.1:${port}`,
  `127.0.0.1:${port}@attacker.example`,
  '',
];

describe('the Host a request names', () => {
  it('must be one of the hub’s own names: staff boards, commands, screens and the stream refuse others', async () => {
    const seq = t.hub.lastSeq();
    for (const host of foreignHosts(t.port)) {
      for (const [method, target, body] of [
        ['GET', '/api/v1/guide', undefined],
        ['GET', '/api/v1/desks/1', undefined],
        ['POST', '/api/v1/commands/issueTicket', JSON.stringify({ departmentId: 1 })],
        ['GET', '/kiosk', undefined],
      ] as const) {
        const reply = await send(t, method, target, host, {}, body);
        expect([reply.status, reply.code], `${method} ${target} with Host "${host}"`).toEqual([
          421,
          'host_not_served',
        ]);
      }
      const upgrade = await send(t, 'GET', '/api/v1/events', host, {
        Upgrade: 'websocket',
        Connection: 'Upgrade',
        'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==',
        'Sec-WebSocket-Version': '13',
        'Sec-WebSocket-Protocol': 'minwon.v1',
      });
      expect(upgrade.status, `stream with Host "${host}"`).toBe(421);
    }
    expect(t.hub.lastSeq()).toBe(seq);
  });

  it('refuses an absolute-form target naming another host, whatever Host says', async () => {
    const reply = await send(
      t,
      'POST',
      'http://attacker.example/api/v1/commands/issueTicket',
      `127.0.0.1:${t.port}`,
      {},
      JSON.stringify({ departmentId: 1 }),
    );
    expect([reply.status, reply.code]).toEqual([421, 'host_not_served']);
  });

  it('answers to loopback names, in any letter case, and to the names the office configured', async () => {
    for (const host of [
      `127.0.0.1:${t.port}`,
      `localhost:${t.port}`,
      `LocalHost:${t.port}`,
      `[::1]:${t.port}`,
      `minwon-hub.local:${t.port}`,
      `MINWON-HUB.LOCAL:${t.port}`,
      'minwon-hub.local',
    ]) {
      const reply = await send(t, 'GET', '/api/v1/office', host);
      expect(reply.status, host).toBe(200);
    }
  });

  it('keeps a new office’s first manager from a rebound page', async () => {
    const fresh = await startTestHub({ demo: false });
    try {
      const body = JSON.stringify({ login: 'evil.boss', name: '침입자', pin: '1111' });
      const reply = await send(
        fresh,
        'POST',
        '/api/v1/setup/first-manager',
        `attacker.example:${fresh.port}`,
        {},
        body,
      );
      expect([reply.status, reply.code]).toEqual([421, 'host_not_served']);
      expect(fresh.hub.needsFirstManager()).toBe(true);
    } finally {
      await fresh.dispose();
    }
  });
});

describe('the Origin of a page', () => {
  const host = () => `127.0.0.1:${t.port}`;
  const issue = (origin: string) =>
    send(
      t,
      'POST',
      '/api/v1/commands/issueTicket',
      host(),
      { Origin: origin },
      JSON.stringify({ departmentId: 1 }),
    );

  it('must be the hub as the request addressed it', async () => {
    const seq = t.hub.lastSeq();
    for (const origin of [
      'http://attacker.example',
      `http://attacker.example:${t.port}`,
      'http://127.0.0.1:1',
      `https://localhost:${t.port}`,
      'null',
      `http://127.0.0.1:${t.port}/`,
    ]) {
      const reply = await issue(origin);
      expect([reply.status, reply.code], origin).toEqual([403, 'origin_not_allowed']);
    }
    const read = await send(t, 'GET', '/api/v1/guide', host(), { Origin: 'http://attacker.example' });
    expect(read.status).toBe(403);
    expect(t.hub.lastSeq()).toBe(seq);
  });

  it('lets the hub’s own pages in', async () => {
    expect((await issue(`http://127.0.0.1:${t.port}`)).status).toBe(200);
    expect((await issue(`HTTP://127.0.0.1:${t.port}`)).status).toBe(200);
  });
});
