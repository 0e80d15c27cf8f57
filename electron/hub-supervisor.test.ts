import { describe, expect, it } from 'vitest';
import { createManualTimers } from '../test/support/manual-timers';
import type { ToHubProcess } from './hub-process-protocol';
import { createHubSupervisor, HubStartError, type HubProcessEvents } from './hub-supervisor';

const options = { port: 4310, lan: false, dataDir: '/data', demo: false, rendererDir: null };

/** Hub processes that do what the test says: each run records what it was sent. */
function fakeProcesses() {
  const runs: { events: HubProcessEvents; sent: ToHubProcess[]; killed: boolean }[] = [];
  return {
    runs,
    launch: (events: HubProcessEvents) => {
      const run = { events, sent: [] as ToHubProcess[], killed: false };
      runs.push(run);
      return {
        post: (message: ToHubProcess) => run.sent.push(message),
        kill: () => {
          run.killed = true;
        },
      };
    },
    last: () => runs.at(-1)!,
  };
}

function supervised(overrides: { stableMs?: number } = {}) {
  const timers = createManualTimers(1_000_000);
  const processes = fakeProcesses();
  const log: string[] = [];
  const supervisor = createHubSupervisor({
    launch: processes.launch,
    options,
    now: timers.now,
    timers,
    log: (line) => log.push(line),
    ...overrides,
  });
  return { timers, processes, log, supervisor };
}

describe('the hub supervisor', () => {
  it('starts the hub in its process and answers with its address', async () => {
    const { processes, supervisor } = supervised();
    const started = supervisor.start();
    expect(processes.last().sent).toEqual([{ kind: 'start', options }]);
    processes.last().events.message({ kind: 'ready', url: 'http://127.0.0.1:4310' });
    await expect(started).resolves.toBe('http://127.0.0.1:4310');
    expect(supervisor.url()).toBe('http://127.0.0.1:4310');
    expect(supervisor.lastFailure()).toBeNull();
  });

  it('restarts a hub that stopped, waiting longer each time it stops again', async () => {
    const { timers, processes, supervisor, log } = supervised();
    void supervisor.start();
    const restarts: number[] = [];
    for (let round = 0; round < 4; round++) {
      processes.last().events.message({ kind: 'ready', url: 'http://127.0.0.1:4310' });
      processes.last().events.exit(134);
      restarts.push(timers.pending()[0]!);
      await timers.advance(restarts.at(-1)!);
    }
    expect(restarts).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(processes.runs).toHaveLength(5);
    expect(processes.last().sent).toEqual([{ kind: 'start', options }]);
    expect(log).toContain('the hub process ended (exit code 134)');
    expect(log).toContain('restarting the hub in 8 s');
  });

  it('after a long good run, restarts after the first wait again', async () => {
    const { timers, processes, supervisor } = supervised({ stableMs: 60_000 });
    void supervisor.start();
    processes.last().events.exit(1);
    await timers.advance(1_000);
    processes.last().events.exit(1);
    expect(timers.pending()).toEqual([2_000]);
    await timers.advance(2_000);
    processes.last().events.message({ kind: 'ready', url: 'http://127.0.0.1:4310' });
    await timers.advance(60_000);
    processes.last().events.exit(1);
    expect(timers.pending()).toEqual([1_000]);
  });

  it('says why the first start failed, with the system’s code, and keeps trying', async () => {
    const { timers, processes, supervisor } = supervised();
    const started = supervisor.start();
    processes.last().events.message({
      kind: 'failed',
      code: 'EADDRINUSE',
      message: 'listen EADDRINUSE: address already in use 127.0.0.1:4310',
    });
    await expect(started).rejects.toEqual(
      new HubStartError('EADDRINUSE', 'listen EADDRINUSE: address already in use 127.0.0.1:4310'),
    );
    expect(supervisor.lastFailure()?.code).toBe('EADDRINUSE');
    // The failed process is told to exit; its exit schedules the next try.
    expect(processes.last().sent.at(-1)).toEqual({ kind: 'stop' });
    processes.last().events.exit(0);
    await timers.advance(1_000);
    expect(processes.runs).toHaveLength(2);
    processes.last().events.message({ kind: 'ready', url: 'http://127.0.0.1:4310' });
    expect(supervisor.lastFailure()).toBeNull();
  });

  it('counts a process that dies before it is ready as a failed start', async () => {
    const { processes, supervisor } = supervised();
    const started = supervisor.start();
    processes.last().events.exit(null);
    await expect(started).rejects.toMatchObject({
      code: 'hub_exited',
      message: 'the hub process ended (exit code null) before it was ready',
    });
  });

  it('tells every listener when the hub is ready again after a restart', async () => {
    const { timers, processes, supervisor } = supervised();
    const seen: string[] = [];
    supervisor.onReady((url) => seen.push(url));
    void supervisor.start();
    processes.last().events.message({ kind: 'ready', url: 'http://127.0.0.1:4310' });
    processes.last().events.exit(1);
    expect(supervisor.url()).toBeNull();
    expect(supervisor.lastFailure()?.code).toBe('hub_exited');
    await timers.advance(1_000);
    processes.last().events.message({ kind: 'ready', url: 'http://127.0.0.1:4310' });
    expect(seen).toEqual(['http://127.0.0.1:4310', 'http://127.0.0.1:4310']);
  });

  it('on stop, lets the hub close and does not restart it', async () => {
    const { timers, processes, supervisor } = supervised();
    void supervisor.start();
    processes.last().events.message({ kind: 'ready', url: 'http://127.0.0.1:4310' });
    let stopped = false;
    const stopping = supervisor.stop().then(() => {
      stopped = true;
    });
    expect(processes.last().sent.at(-1)).toEqual({ kind: 'stop' });
    await timers.advance(5_000);
    expect(stopped).toBe(false);
    processes.last().events.exit(0);
    await stopping;
    await timers.advance(120_000);
    expect(processes.runs).toHaveLength(1);
    expect(processes.last().killed).toBe(false);
  });

  it('kills a hub that does not close within the stop timeout', async () => {
    const { timers, processes, supervisor, log } = supervised();
    void supervisor.start();
    processes.last().events.message({ kind: 'ready', url: 'http://127.0.0.1:4310' });
    const stopping = supervisor.stop();
    await timers.advance(20_000);
    expect(processes.last().killed).toBe(true);
    processes.last().events.exit(null);
    await stopping;
    expect(log).toContain('the hub did not close within 20 s; ending it');
  });

  it('stops at once while waiting to restart, and a pending start then fails', async () => {
    const { timers, processes, supervisor } = supervised();
    const started = supervisor.start();
    processes.last().events.exit(1);
    await expect(started).rejects.toBeInstanceOf(HubStartError);
    await supervisor.stop();
    await timers.advance(120_000);
    expect(processes.runs).toHaveLength(1);
  });

  it('ends a start that hangs, says so, and tries again', async () => {
    const { timers, processes, supervisor, log } = supervised();
    const started = supervisor.start();
    await timers.advance(120_000);
    await expect(started).rejects.toMatchObject({ code: 'start_timeout' });
    expect(processes.last().killed).toBe(true);
    expect(log).toContain('the hub did not start within 120 s');
    processes.last().events.exit(null);
    await timers.advance(1_000);
    expect(processes.runs).toHaveLength(2);
    // A hub that does start in time is left alone.
    processes.last().events.message({ kind: 'ready', url: 'http://127.0.0.1:4310' });
    await timers.advance(600_000);
    expect(processes.last().killed).toBe(false);
  });

  it('ignores messages that are not of its protocol', async () => {
    const { processes, supervisor, log } = supervised();
    const started = supervisor.start();
    processes.last().events.message({ kind: 'ready', url: 42 });
    processes.last().events.message('hello');
    processes.last().events.message({ kind: 'ready', url: 'http://127.0.0.1:4310' });
    await expect(started).resolves.toBe('http://127.0.0.1:4310');
    expect(log.filter((line) => line.includes('ignored'))).toHaveLength(2);
  });
});
