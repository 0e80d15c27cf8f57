import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeHubFetch } from '../test/support/fake-hub-fetch';
import { probeHub } from './hub-probe';

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(`http://127.0.0.1:${String(typeof address === 'object' && address ? address.port : 0)}`);
    });
  });
}

describe('asking whether the hub is there', () => {
  const servers: Server[] = [];
  afterEach(() => {
    for (const server of servers.splice(0)) {
      server.closeAllConnections();
      server.close();
    }
  });

  it('finds a hub that answers its health route, sending this device’s token', async () => {
    const hub = fakeHubFetch({ 'GET /api/v1/health': () => ({ status: 200, json: { ok: true } }) });
    const headers = { 'X-Minwon-Device': 'dev_tok' };
    expect(await probeHub({ hubUrl: 'http://10.0.0.5:4310', fetch: hub.fetch, headers })).toEqual({
      up: true,
    });
    expect(hub.calls[0]).toMatchObject({ url: 'http://10.0.0.5:4310/api/v1/health', headers });
  });

  it('counts the hub refusing this PC as the hub being there', async () => {
    const hub = fakeHubFetch({
      'GET /api/v1/health': () => ({
        status: 401,
        json: { error: { code: 'device_revoked', message: 'x' } },
      }),
    });
    expect(await probeHub({ hubUrl: 'http://10.0.0.5:4310', fetch: hub.fetch })).toEqual({ up: true });
  });

  it('names the system’s reason when nothing listens on the port', async () => {
    const server = createServer();
    const url = await listen(server);
    await new Promise((resolve) => server.close(resolve));
    expect(await probeHub({ hubUrl: url, fetch })).toEqual({
      up: false,
      reason: { code: 'ECONNREFUSED', detail: expect.stringContaining('ECONNREFUSED') as unknown },
    });
  });

  it('gives up on a hub that does not answer in time', async () => {
    // Accepts the connection and never answers, like a hung hub or a half-open network.
    const server = createServer(() => undefined);
    servers.push(server);
    const url = await listen(server);
    expect(await probeHub({ hubUrl: url, fetch }, 50)).toEqual({
      up: false,
      reason: { code: 'ETIMEDOUT', detail: null },
    });
  });

  it('does not take a proxy’s error page for the hub', async () => {
    const server = createServer((_request, response) => {
      response.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad gateway</h1>');
    });
    servers.push(server);
    const url = await listen(server);
    expect(await probeHub({ hubUrl: url, fetch })).toEqual({
      up: false,
      reason: { code: 'bad_answer', detail: 'HTTP 502' },
    });
  });
});
