import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { HubEvent, StreamServerMessage } from '../../shared/contract/events';
import { startTestHub, type TestHub } from '../support/test-hub';

let t: TestHub;
beforeEach(async () => {
  t = await startTestHub();
});
afterEach(async () => {
  await t.dispose();
});

/** A stream client that records what it receives and can wait for a condition on it. */
function connect(url: string, after: number) {
  const socket = new WebSocket(`${url.replace('http', 'ws')}/api/v1/events`);
  const messages: StreamServerMessage[] = [];
  const waiters: (() => void)[] = [];
  socket.on('message', (data: Buffer) => {
    messages.push(JSON.parse(data.toString()) as StreamServerMessage);
    for (const w of waiters.splice(0)) w();
  });
  socket.on('open', () => socket.send(JSON.stringify({ type: 'subscribe', after })));
  const until = (done: () => boolean): Promise<void> =>
    new Promise((resolve) => {
      const check = () => (done() ? resolve() : waiters.push(check));
      check();
    });
  const events = (): HubEvent[] => messages.flatMap((m) => (m.type === 'event' ? [m.event] : []));
  return { socket, messages, until, events };
}

const caughtUp = (c: ReturnType<typeof connect>) => () => c.messages.some((m) => m.type === 'caughtUp');

describe('the event stream', () => {
  it('replays everything after the client’s seq, says it caught up, then streams live', async () => {
    const seqBefore = t.hub.lastSeq();
    await t.post('issueTicket', { departmentId: 1 });
    const client = connect(t.url, seqBefore);
    await client.until(caughtUp(client));
    expect(client.events().map((e) => e.type)).toEqual(['ticketIssued']);
    expect(client.messages.at(-1)).toEqual({ type: 'caughtUp', seq: seqBefore + 1 });

    await t.post('callNext', { deskId: 1 });
    await client.until(() => client.events().length === 2);
    expect(client.events()[1]).toMatchObject({
      type: 'ticketCalled',
      seq: seqBefore + 2,
      ticket: { deskId: 1 },
    });
    client.socket.close();
  });

  it('gives a client that dropped exactly the events it missed, in order', async () => {
    const start = t.hub.lastSeq();
    const client = connect(t.url, start);
    await client.until(caughtUp(client));
    await t.post('issueTicket', { departmentId: 1 });
    await client.until(() => client.events().length === 1);
    const lastSeen = client.events().at(-1)!.seq;
    client.socket.terminate();

    for (let i = 0; i < 5; i++) await t.post('issueTicket', { departmentId: 2 });
    await t.post('callNext', { deskId: 3 });

    const again = connect(t.url, lastSeen);
    await again.until(caughtUp(again));
    expect(again.events().map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6].map((i) => lastSeen + i));
    expect(again.events().map((e) => e.type)).toEqual([
      ...Array<string>(5).fill('ticketIssued'),
      'ticketCalled',
    ]);
    expect(again.events().map((e) => (e.type === 'ticketIssued' ? e.ticket.number : ''))).toEqual([
      'B001',
      'B002',
      'B003',
      'B004',
      'B005',
      '',
    ]);
    again.socket.close();
  });

  it('refuses a page from another origin, and lets the hub’s own pages in', async () => {
    const status = (origin: string) =>
      new Promise<number>((resolve) => {
        const socket = new WebSocket(`${t.url.replace('http', 'ws')}/api/v1/events`, { headers: { origin } });
        socket.on('open', () => {
          socket.close();
          resolve(101);
        });
        socket.on('unexpected-response', (_request, response) => {
          resolve(response.statusCode ?? 0);
        });
      });
    expect(await status('http://evil.example')).toBe(403);
    expect(await status(t.url)).toBe(101);
  });

  it('answers a malformed subscription with an error and keeps the connection usable', async () => {
    const socket = new WebSocket(`${t.url.replace('http', 'ws')}/api/v1/events`);
    const received: StreamServerMessage[] = [];
    await new Promise<void>((resolve) => {
      socket.on('open', () => {
        socket.send('not json');
        socket.send(JSON.stringify({ type: 'subscribe', after: -1 }));
        socket.send(JSON.stringify({ type: 'subscribe', after: 0 }));
      });
      socket.on('message', (data: Buffer) => {
        received.push(JSON.parse(data.toString()) as StreamServerMessage);
        if (received.some((m) => m.type === 'caughtUp')) resolve();
      });
    });
    expect(received[0]).toMatchObject({ type: 'error', error: { code: 'invalid_json' } });
    expect(received[1]).toMatchObject({ type: 'error', error: { code: 'invalid_input' } });
    expect(received.at(-1)).toEqual({ type: 'caughtUp', seq: t.hub.lastSeq() });
    socket.close();
  });
});
