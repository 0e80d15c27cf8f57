// One side of `npm run bench:http`, in a process of its own: `hub` (the real hub, as
// `npm run serve` starts it, with paired kiosks and screens) or `bare` (bare-stack.ts). It
// prints one JSON line with where to reach it, then answers the load generator's requests for
// the moment each event was committed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startHub } from '../../../server/start-hub';
import { startBareStack } from './bare-stack';
import { SYSTEM } from '../../../server/hub/system-actor';

export type TargetReady = {
  url: string;
  /**
   * Device tokens of paired kiosks, taken in turn by the load generator's kiosks (the hub);
   * empty for the bare stack. A real kiosk may issue 20 tickets a minute (command-limits.ts),
   * so the load of the whole run is spread over enough of them that none is ever refused.
   */
  kiosks: string[];
  screens: string[];
  departments: number[];
};

/**
 * What the load generator asks: the commit times of events `from`…`to`; the CPU used so far
 * (µs); or to start or stop a CPU profile of the measured seconds (see BENCH_PROFILE_DIR).
 */
export type TargetRequest =
  { kind: 'commits'; from: number; to: number } | { kind: 'cpu' } | { kind: 'profile'; start: boolean };

const [target = 'hub', kioskCount = '2000', screenCount = '200'] = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), `minwon-http-bench-${target}-`));
// Wall time in ms with sub-ms precision, comparable across the processes of one machine.
const wallNow = () => performance.timeOrigin + performance.now();
const committedAt: number[] = [];

const profiler = new Session();
let profiles = 0;
/** Profiles the measured seconds only (not the start-up and the pairing before them). */
function profile(start: boolean): void {
  const dir = process.env.BENCH_PROFILE_DIR;
  if (!dir) return;
  if (start) {
    profiler.connect();
    profiler.post('Profiler.enable', () => profiler.post('Profiler.start'));
    return;
  }
  profiler.post('Profiler.stop', (error, result) => {
    if (!error)
      writeFileSync(join(dir, `${target}-${++profiles}.cpuprofile`), JSON.stringify(result.profile));
    profiler.disconnect();
  });
}

let ready: TargetReady;
let close: () => Promise<void>;
if (target === 'bare') {
  const bare = await startBareStack(dir, (seq) => (committedAt[seq] = wallNow()));
  ready = { url: bare.url, kiosks: [], screens: [], departments: [1, 2, 3, 4, 5, 6, 7, 8] };
  close = () => bare.close();
} else {
  const running = await startHub({ dataDir: dir, port: 0, demo: true });
  const { hub } = running;
  // First among the listeners, so it runs before the stream sends anything.
  hub.subscribe((event) => (committedAt[event.seq] = wallNow()));
  hub.execute('setOfficeHours', { week: [], alwaysOpen: true }, SYSTEM);
  const pair = (role: 'kiosk' | 'display' | 'staff', n: number) => {
    const { code } = hub.execute('startPairing', { role, name: `${role} ${n}` }, SYSTEM);
    return hub.pairDevice({ code }, '127.0.0.1').token;
  };
  // An office's streams: desk PCs see everything, wall displays and kiosks their lobby view.
  const screens = Array.from({ length: Number(screenCount) }, (_, i) =>
    pair(i % 2 === 0 ? 'staff' : 'display', i),
  );
  ready = {
    url: running.url,
    kiosks: Array.from({ length: Number(kioskCount) }, (_, i) => pair('kiosk', i)),
    screens,
    departments: hub.office().departments.map((d) => d.id),
  };
  close = () => running.close();
}

process.on('message', (message: TargetRequest | 'close') => {
  if (message === 'close') {
    void close().then(() => {
      rmSync(dir, { recursive: true, force: true });
      process.exit(0);
    });
  } else if (message.kind === 'cpu') {
    const used = process.cpuUsage();
    process.send!(used.user + used.system);
  } else if (message.kind === 'profile') {
    profile(message.start);
  } else {
    process.send!(committedAt.slice(message.from, message.to + 1));
  }
});
process.send!(ready);
