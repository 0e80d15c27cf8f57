import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { CONNECTION_LIMITS } from '../../server/http/connection-limits';
import { sendRaw } from '../support/raw-http';
import { startTestHub, type TestHub } from '../support/test-hub';

let hubs: TestHub[] = [];
let sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets) socket.destroy();
  sockets = [];
  const done = hubs;
  hubs = [];
  for (const t of done) await t.dispose();
});

async function lanHub(options: Parameters<typeof startTestHub>[0] = {}): Promise<TestHub> {
  const t = await startTestHub({ asLan: true, ...options });
  hubs.push(t);
  return t;
}

/** A raw connection to the hub, and a promise that settles when the hub closes it. */
function open(t: TestHub): Promise<{ socket: Socket; closed: Promise<string> }> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port: t.port });
    sockets.push(socket);
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
    const closed = new Promise<string>((done) => socket.on('close', () => done(received)));
    socket.once('connect', () => resolve({ socket, closed }));
    socket.once('error', reject);
  });
}

/** Writes `text` a byte at a time every `everyMs`, at most `limit` bytes; says how many went. */
function trickle(socket: Socket, text: string, everyMs: number): Promise<number> {
  return new Promise((resolve) => {
    let sent = 0;
    const timer = setInterval(() => {
      if (socket.destroyed || sent >= text.length) {
        clearInterval(timer);
        resolve(sent);
        return;
      }
      socket.write(text[sent]!);
      sent += 1;
    }, everyMs);
  });
}

const officeRequest = (port: number) =>
  `GET /api/v1/devices/current HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`;

describe('slow clients', () => {
  it(`lets one address hold ${CONNECTION_LIMITS.perAddress} connections and closes the rest at once`, async () => {
    const t = await lanHub();
    const held = [];
    for (let i = 0; i < CONNECTION_LIMITS.perAddress + 8; i++) held.push(await open(t));
    const refused = held.slice(CONNECTION_LIMITS.perAddress);
    await Promise.all(refused.map((c) => c.closed));
    // The ones held still work, and a freed place can be taken again.
    const first = held[0]!;
    first.socket.write(officeRequest(t.port));
    expect(await first.closed).toMatch(/^HTTP\/1\.1 200/);
    const again = await open(t);
    again.socket.write(officeRequest(t.port));
    expect(await again.closed).toMatch(/^HTTP\/1\.1 200/);
  });

  it('closes a connection whose headers trickle in, and one whose body does', async () => {
    const t = await lanHub({ connectionLimits: { headersMs: 400, requestMs: 800, checkEveryMs: 100 } });
    const slowHeaders = await open(t);
    const headers = `GET /api/v1/devices/current HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Pad: ${'a'.repeat(200)}\r\n\r\n`;
    const headerBytes = await trickle(slowHeaders.socket, headers, 50);
    expect(await slowHeaders.closed).toMatch(/^(HTTP\/1\.1 408|$)/);
    expect(headerBytes).toBeLessThan(headers.length);

    const slowBody = await open(t);
    const body = JSON.stringify({ code: '123456', pad: 'b'.repeat(300) });
    slowBody.socket.write(
      `POST /api/v1/devices/pair HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
    );
    const bodyBytes = await trickle(slowBody.socket, body, 50);
    expect(await slowBody.closed).toMatch(/^(HTTP\/1\.1 408|$)/);
    expect(bodyBytes).toBeLessThan(body.length);
  });

  it('closes a silent connection, and still answers a whole request', async () => {
    const t = await lanHub({
      demo: false,
      connectionLimits: { idleMs: 300, headersMs: 60_000, requestMs: 60_000 },
    });
    const silent = await open(t);
    expect(await silent.closed).toBe('');
    const reply = await sendRaw({ host: '127.0.0.1', port: t.port }, officeRequest(t.port));
    expect(reply.status).toBe(200);
  });
});
