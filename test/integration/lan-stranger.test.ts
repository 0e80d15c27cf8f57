import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type RunningHub } from '../../server/start-hub';
import { createFakeClock } from '../support/fake-clock';

/**
 * A stranger on the office LAN, played from a second address: a network namespace joined to this
 * machine by a veth pair, made here and removed afterwards. The hub serves only the veth's
 * address (`--lan --bind`), so no traffic leaves this machine.
 */
const tag = String(process.pid % 100000);
const ns = `minwon-lan-${tag}`;
const hostSide = `mwh${tag}`;
const strangerSide = `mws${tag}`;
const subnet = 10 + (process.pid % 200);
const hubAddress = `10.231.${subnet}.1`;
const strangerAddress = `10.231.${subnet}.2`;

function ip(...args: string[]): void {
  execFileSync('ip', args, { stdio: 'pipe' });
}

/** Why the namespace cannot be made here, or null when it can (root, with `ip`). */
function namespaceUnavailable(): string | null {
  if (process.getuid?.() !== 0) return 'needs root to make a network namespace';
  const probe = spawnSync('ip', ['netns', 'list'], { stdio: 'pipe' });
  return probe.status === 0 ? null : 'the ip tool cannot list network namespaces here';
}
const unavailable = namespaceUnavailable();

/** Undefined until the namespace is up and the hub has started. */
let hub: RunningHub | undefined;
let dataDir: string;

beforeAll(async () => {
  if (unavailable) return;
  ip('netns', 'add', ns);
  ip('link', 'add', hostSide, 'type', 'veth', 'peer', 'name', strangerSide);
  ip('link', 'set', strangerSide, 'netns', ns);
  ip('addr', 'add', `${hubAddress}/30`, 'dev', hostSide);
  ip('link', 'set', hostSide, 'up');
  ip('-n', ns, 'addr', 'add', `${strangerAddress}/30`, 'dev', strangerSide);
  ip('-n', ns, 'link', 'set', strangerSide, 'up');
  ip('-n', ns, 'link', 'set', 'lo', 'up');
  dataDir = mkdtempSync(join(tmpdir(), 'minwon-lan-'));
  hub = await startHub({
    dataDir,
    port: 0,
    demo: true,
    clock: createFakeClock(),
    rendererDir: null,
    lan: true,
    host: hubAddress,
  });
});

afterAll(async () => {
  if (unavailable) return;
  spawnSync('ip', ['link', 'del', hostSide], { stdio: 'pipe' });
  spawnSync('ip', ['netns', 'del', ns], { stdio: 'pipe' });
  await hub?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

type Probe = { name: string; request: string };
type Answer = { name: string; status: number; code: string | null };

/**
 * Sends each raw request from inside the namespace, one connection each, as a script would.
 * Asynchronously: the hub answers on this process's event loop.
 */
async function fromStranger(probes: Probe[]): Promise<Answer[]> {
  const script = `
    const net = require('node:net');
    const probes = JSON.parse(process.argv[1]);
    const one = (p) => new Promise((resolve) => {
      const socket = net.connect({ host: ${JSON.stringify(hubAddress)}, port: ${hub!.port} });
      let text = '';
      socket.on('data', (d) => (text += d.toString('utf8')));
      socket.on('error', () => resolve({ name: p.name, status: 0, code: null }));
      socket.on('close', () => {
        const status = Number((/^HTTP\\/1\\.1 (\\d{3})/.exec(text) || [])[1] || 0);
        const code = (/"code":"([a-z_]+)"/.exec(text) || [])[1] || null;
        resolve({ name: p.name, status, code });
      });
      socket.write(p.request);
    });
    (async () => {
      const out = [];
      for (const p of probes) out.push(await one(p));
      process.stdout.write(JSON.stringify(out));
    })();`;
  const { stdout } = await promisify(execFile)(
    'ip',
    ['netns', 'exec', ns, process.execPath, '-e', script, JSON.stringify(probes)],
    { encoding: 'utf8', timeout: 50_000 },
  );
  return JSON.parse(stdout) as Answer[];
}

describe.skipIf(unavailable !== null)(
  `a stranger on the office LAN${unavailable ? ` (skipped: ${unavailable})` : ''}`,
  () => {
    it('reaches the pairing screen and sign-in, and changes and reads nothing else', async () => {
      const running = hub!;
      const host = `${hubAddress}:${running.port}`;
      const json = (method: string, target: string, body: unknown, hostHeader = host) => {
        const text = JSON.stringify(body);
        return `${method} ${target} HTTP/1.1\r\nHost: ${hostHeader}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`;
      };
      const get = (target: string, hostHeader = host) =>
        `GET ${target} HTTP/1.1\r\nHost: ${hostHeader}\r\nConnection: close\r\n\r\n`;
      const manager = { login: 'intruder', name: '침입자', role: 'manager', pin: '1111' };
      const before = running.hub.lastSeq();
      const answers = await fromStranger([
        { name: 'am I paired?', request: get('/api/v1/devices/current') },
        { name: 'encoded command', request: json('POST', '/%61pi/v1/commands/defineStaff', manager) },
        {
          name: 'absolute-form command',
          request: json('POST', `http://${host}/api/v1/commands/defineStaff`, manager),
        },
        { name: 'ticket', request: json('POST', '/api/v1/commands/issueTicket', { departmentId: 1 }) },
        { name: 'first manager', request: json('POST', '/api/v1/setup/first-manager', manager) },
        { name: 'display', request: get('/api/v1/display') },
        { name: 'guide board', request: get('/api/v1/guide') },
        { name: 'visit log', request: get('/api/v1/reports/visits?from=2026-01-01&format=csv') },
        { name: 'rebound name', request: get('/api/v1/devices/current', 'attacker.example') },
        {
          name: 'wrong PIN',
          request: json('POST', '/api/v1/sessions', { login: 'manager.lee', pin: '0000' }),
        },
      ]);
      expect(answers).toEqual([
        { name: 'am I paired?', status: 200, code: null },
        { name: 'encoded command', status: 401, code: 'device_not_paired' },
        { name: 'absolute-form command', status: 401, code: 'device_not_paired' },
        { name: 'ticket', status: 401, code: 'device_not_paired' },
        { name: 'first manager', status: 401, code: 'device_not_paired' },
        { name: 'display', status: 401, code: 'device_not_paired' },
        { name: 'guide board', status: 401, code: 'device_not_paired' },
        { name: 'visit log', status: 401, code: 'device_not_paired' },
        { name: 'rebound name', status: 421, code: 'host_not_served' },
        { name: 'wrong PIN', status: 401, code: 'wrong_pin' },
      ]);
      expect(running.hub.lastSeq()).toBe(before);
    });
  },
);
