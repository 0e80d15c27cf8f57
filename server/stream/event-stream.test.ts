import { afterEach, describe, expect, it, vi } from 'vitest';
import type { HubEvent } from '../../shared/contract/events';
import type { Hub, HubListener } from '../hub/hub';
import { serveEventStream, type StreamSocket } from './event-stream';

/** A screen's connection as the stream sees it: what was sent, and how the writes were grouped. */
function screen() {
  const writes: string[][] = [];
  let corked: string[] | null = null;
  const handlers = new Map<string, (data: Buffer, isBinary: boolean) => void>();
  const close = vi.fn();
  const socket: StreamSocket = {
    readyState: 1,
    bufferedAmount: 0,
    send(data) {
      const text = data.toString();
      if (corked) corked.push(text);
      else writes.push([text]);
    },
    close,
    on(event: string, listener: (data: Buffer, isBinary: boolean) => void) {
      handlers.set(event, listener);
      return socket;
    },
  };
  const transport = {
    cork: () => (corked = []),
    uncork: () => {
      if (corked?.length) writes.push(corked);
      corked = null;
    },
  };
  const subscribe = () => handlers.get('message')!(Buffer.from('{"type":"subscribe","after":0}'), false);
  /** The seqs of the events sent, write by write. */
  const seqs = () =>
    writes
      .map((w) => w.map((text) => JSON.parse(text) as { type: string; event?: { seq: number } }))
      .map((w) => w.filter((m) => m.type === 'event').map((m) => m.event!.seq))
      .filter((w) => w.length > 0);
  return { socket, transport, subscribe, seqs, close };
}

/** Just what the stream asks of the hub: nothing to replay, and live events as they are published. */
function liveHub() {
  const listeners = new Set<HubListener>();
  const hub = {
    eventsAfter: () => [],
    subscribe(listener: HubListener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  } as unknown as Hub;
  let seq = 0;
  const publish = () => {
    const event: HubEvent = { type: 'deskReturned', deskId: 1, seq: ++seq, at: 0 };
    for (const listener of listeners) listener(event);
  };
  return { hub, publish };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

afterEach(() => {
  vi.useRealTimers();
});

describe('live events on the stream', () => {
  it('go to each screen in one write per turn of the event loop, in order, without waiting for more', async () => {
    const { hub, publish } = liveHub();
    const screens = [screen(), screen()];
    for (const s of screens) {
      serveEventStream(hub, s.socket, { kind: 'hubPc' }, () => true, s.transport);
      s.subscribe();
    }
    for (let i = 0; i < 5; i++) publish();
    expect(screens[0]!.seqs()).toEqual([]);
    await nextTurn();
    for (const s of screens) expect(s.seqs()).toEqual([[1, 2, 3, 4, 5]]);
    publish();
    await nextTurn();
    for (const s of screens) expect(s.seqs()).toEqual([[1, 2, 3, 4, 5], [6]]);
  });

  it('wait at most 5 ms for others, however long the turn', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const { hub, publish } = liveHub();
    const s = screen();
    serveEventStream(hub, s.socket, { kind: 'hubPc' }, () => true, s.transport);
    s.subscribe();
    publish();
    vi.advanceTimersByTime(4);
    publish();
    expect(s.seqs()).toEqual([]);
    vi.advanceTimersByTime(1);
    publish();
    expect(s.seqs()).toEqual([[1, 2, 3]]);
  });

  it('end with what was published before the screen’s session ended', async () => {
    const { hub, publish } = liveHub();
    const s = screen();
    let known = true;
    serveEventStream(hub, s.socket, { kind: 'hubPc' }, () => known, s.transport);
    s.subscribe();
    publish();
    known = false;
    publish();
    expect(s.seqs()).toEqual([[1]]);
    expect(s.close).toHaveBeenCalledWith(4401, 'the session or device has ended');
    await nextTurn();
    expect(s.seqs()).toEqual([[1]]);
  });
});
