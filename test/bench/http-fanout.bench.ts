// `npm run bench:http`: the real hub against the bare stack (http/bare-stack.ts: Fastify,
// @fastify/websocket and better-sqlite3 with one INSERT per command and a broadcast to every
// stream), each in a process of its own, driven by the same load: kiosks over HTTP issuing
// tickets as fast as they are answered, and screens on the WebSocket event stream. Bursts of
// each in turn (the order swapped every round), so a change in the machine's load falls on both.
// Fan-out is measured from the commit (stamped in the server's process) to a screen's receipt.
import { fork, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { DEVICE_HEADER } from '../../shared/contract/devices';
import { STREAM_PROTOCOL } from '../../shared/contract/events';
import { percentile, ratio } from './figures';
import type { TargetReady, TargetRequest } from './http/serve-target';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const WARMUP_SECONDS = 2;
const KIOSKS = Number(process.env.BENCH_KIOSKS ?? 8);
/**
 * Paired kiosks whose tokens the load's kiosks take in turn: a kiosk may issue 20 tickets a
 * minute after a burst of 10, and the hub is driven at hundreds a second, so the load is spread
 * over enough devices that the allowance never refuses one (a refusal ends the run).
 */
const KIOSK_DEVICES = Number(process.env.BENCH_KIOSK_DEVICES ?? 2000);
const SCREENS = Number(process.env.BENCH_SCREENS ?? 200);
/** Every fifth screen reads what it receives and notes when; the rest only receive. */
const SAMPLE_EVERY = 5;

type Target = 'hub' | 'bare';
type Server = { name: Target; child: ChildProcess; ready: TargetReady; screens: Screen[] };
type Screen = { socket: WebSocket; received: Map<number, number> | null };
type Burst = {
  tickets: number;
  seconds: number;
  requestMs: number[];
  fanOutMs: number[];
  failures: number;
  /** CPU time the server's process used in the measured seconds, µs. */
  serverCpuUs: number;
};

const wallNow = () => performance.timeOrigin + performance.now();

function startServer(name: Target): Promise<Server> {
  const child = fork(
    new URL('./http/serve-target.ts', import.meta.url),
    [name, String(KIOSK_DEVICES), String(SCREENS)],
    {
      execArgv: ['--import', 'tsx'],
    },
  );
  return new Promise((resolve, reject) => {
    child.once('message', (ready: TargetReady) => resolve({ name, child, ready, screens: [] }));
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code}`)));
  });
}

function ask<T>(server: Server, message: TargetRequest): Promise<T> {
  return new Promise((resolve) => {
    server.child.once('message', (reply: T) => resolve(reply));
    server.child.send(message);
  });
}

function eventSeq(server: Server, data: string): number | null {
  const message = JSON.parse(data) as { type?: string; event?: { seq: number }; seq?: number };
  if (server.name === 'bare') return message.seq ?? null;
  return message.type === 'event' ? message.event!.seq : null;
}

async function connectScreens(server: Server): Promise<void> {
  const base = server.ready.url.replace('http://', 'ws://');
  server.screens = await Promise.all(
    Array.from({ length: SCREENS }, (_, i) => {
      const sampled = i % SAMPLE_EVERY === 0;
      const socket =
        server.name === 'bare'
          ? new WebSocket(`${base}/events`, { perMessageDeflate: false })
          : new WebSocket(`${base}/api/v1/events`, STREAM_PROTOCOL, {
              perMessageDeflate: false,
              headers: { [DEVICE_HEADER]: server.ready.screens[i]! },
            });
      const screen: Screen = { socket, received: sampled ? new Map() : null };
      return new Promise<Screen>((resolve, reject) => {
        socket.on('error', reject);
        socket.on('message', (data: Buffer) => {
          if (!screen.received) return;
          const seq = eventSeq(server, data.toString());
          if (seq !== null) screen.received.set(seq, wallNow());
        });
        socket.on('open', () => {
          if (server.name === 'hub') socket.send(JSON.stringify({ type: 'subscribe', after: 0 }));
          resolve(screen);
        });
      });
    }),
  );
}

let kioskTurn = 0;

async function issue(server: Server, departmentId: number): Promise<boolean> {
  const hub = server.name === 'hub';
  const kiosks = server.ready.kiosks;
  const response = await fetch(`${server.ready.url}${hub ? '/api/v1/commands/issueTicket' : '/issue'}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(hub ? { [DEVICE_HEADER]: kiosks[kioskTurn++ % kiosks.length]! } : {}),
    },
    body: JSON.stringify({ departmentId }),
  });
  await response.arrayBuffer();
  return response.ok;
}

async function burst(server: Server): Promise<Burst> {
  const result: Burst = {
    tickets: 0,
    seconds: SECONDS,
    requestMs: [],
    fanOutMs: [],
    failures: 0,
    serverCpuUs: 0,
  };
  const start = performance.now();
  const measureFrom = start + WARMUP_SECONDS * 1000;
  const end = measureFrom + SECONDS * 1000;
  for (const screen of server.screens) screen.received?.clear();
  const departments = server.ready.departments;
  const cpu = (async () => {
    await new Promise((resolve) => setTimeout(resolve, WARMUP_SECONDS * 1000));
    server.child.send({ kind: 'profile', start: true } satisfies TargetRequest);
    const before = await ask<number>(server, { kind: 'cpu' });
    await new Promise((resolve) => setTimeout(resolve, end - performance.now()));
    result.serverCpuUs = (await ask<number>(server, { kind: 'cpu' })) - before;
    server.child.send({ kind: 'profile', start: false } satisfies TargetRequest);
  })();
  await Promise.all(
    Array.from({ length: KIOSKS }, async (_, kiosk) => {
      for (let n = 0; performance.now() < end; n++) {
        const t0 = performance.now();
        const ok = await issue(server, departments[(kiosk + n) % departments.length]!);
        if (t0 < measureFrom) continue;
        result.requestMs.push(performance.now() - t0);
        if (ok) result.tickets += 1;
        else result.failures += 1;
      }
    }),
  );
  await cpu;
  // Let the last events reach the screens.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const measuredFrom = performance.timeOrigin + measureFrom;
  const measuredTo = performance.timeOrigin + end;
  let from = Infinity;
  let to = 0;
  for (const screen of server.screens) {
    for (const seq of screen.received?.keys() ?? []) {
      from = Math.min(from, seq);
      to = Math.max(to, seq);
    }
  }
  const committed = await ask<(number | null)[]>(server, { kind: 'commits', from, to });
  for (const screen of server.screens) {
    for (const [seq, receivedAt] of screen.received ?? []) {
      const at = committed[seq - from];
      if (at && at >= measuredFrom && at <= measuredTo) result.fanOutMs.push(receivedAt - at);
    }
  }
  return result;
}

const fmt = (ms: number[]) =>
  `p50 ${percentile(ms, 50).toFixed(1)} ms, p99 ${percentile(ms, 99).toFixed(1)} ms`;

const servers = { bare: await startServer('bare'), hub: await startServer('hub') };
try {
  for (const server of Object.values(servers)) await connectScreens(server);
  console.log(
    `${KIOSKS} kiosks issuing over HTTP, ${SCREENS} screens on the event stream; ` +
      `${ROUNDS} rounds of ${SECONDS} s each (after ${WARMUP_SECONDS} s of warm-up), the order swapped every round`,
  );
  const all: Record<Target, Burst[]> = { hub: [], bare: [] };
  for (let round = 0; round < ROUNDS; round++) {
    const order: Target[] = round % 2 === 0 ? ['bare', 'hub'] : ['hub', 'bare'];
    for (const name of order) all[name].push(await burst(servers[name]));
    const [hub, bare] = [all.hub.at(-1)!, all.bare.at(-1)!];
    console.log(
      `  round ${round + 1}: bare ${(bare.tickets / bare.seconds).toFixed(0)}/s, hub ${(hub.tickets / hub.seconds).toFixed(0)}/s ` +
        `(${ratio(hub.tickets, bare.tickets)}×)`,
    );
  }
  const summary = (name: Target) => {
    const bursts = all[name];
    const rate = percentile(
      bursts.map((b) => b.tickets / b.seconds),
      50,
    );
    const requests = bursts.flatMap((b) => b.requestMs);
    const fanOut = bursts.flatMap((b) => b.fanOutMs);
    const failures = bursts.reduce((n, b) => n + b.failures, 0);
    const cpuMsPerTicket =
      bursts.reduce((n, b) => n + b.serverCpuUs, 0) / 1000 / bursts.reduce((n, b) => n + b.tickets, 0);
    return { rate, requests, fanOut, failures, cpuMsPerTicket };
  };
  const [hub, bare] = [summary('hub'), summary('bare')];
  const pairRatios = all.hub.map((h, i) => h.tickets / all.bare[i]!.tickets);
  const line = (label: string, s: typeof hub) =>
    `  ${label} ${s.rate.toFixed(0)} tickets/s; request ${fmt(s.requests)}; fan-out ${fmt(s.fanOut)}; ` +
    `server CPU ${s.cpuMsPerTicket.toFixed(2)} ms a ticket` +
    (s.failures ? `; ${s.failures} refused` : '');
  console.log(`\n${line('bare stack', bare)}`);
  console.log(line('hub       ', hub));
  console.log(
    `  hub / bare  ${ratio(hub.rate, bare.rate)}× tickets/s (rounds: ${pairRatios.map((r) => r.toFixed(2)).join(', ')}); ` +
      `fan-out p99 ${ratio(percentile(hub.fanOut, 99), percentile(bare.fanOut, 99))}× bare; ` +
      `tickets per CPU-second ${ratio(bare.cpuMsPerTicket, hub.cpuMsPerTicket)}× bare`,
  );
  if (hub.failures + bare.failures > 0) {
    console.error('\nRequests were refused: these figures do not measure the command path.');
    process.exitCode = 1;
  }
} finally {
  for (const server of Object.values(servers)) {
    for (const screen of server.screens) screen.socket.terminate();
    server.child.send('close');
  }
}
