import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import type { ConnectionLimits } from '../../server/http/connection-limits';
import { hashPinOnce } from './hash-pin-once';
import { startHub, type RunningHub } from '../../server/start-hub';
import type { DeviceRole } from '../../shared/contract/devices';
import { createFakeClock, type FakeClock } from './fake-clock';

export type Reply = { status: number; json: unknown };

/** A staff session token, a paired device's token, or nothing. */
export type Credential = string | { device: string } | null;

export type TestHub = RunningHub & {
  clock: FakeClock;
  dataDir: string;
  /** A session of the demo manager, who may act for every desk; the default for `post`. */
  managerToken: string;
  /** Sends a command as `token` (the demo manager by default; null for an anonymous kiosk). */
  post(command: string, body: unknown, token?: Credential): Promise<Reply>;
  get(path: string, token?: Credential): Promise<Reply>;
  /** Pairs a device of `role` the way an office does: a manager's code, typed on the device. */
  pairDevice(role: DeviceRole): Promise<{ device: string }>;
  signIn(login: string, pin: string, deskId?: number): Promise<string>;
  /** Closes the hub and deletes its data directory. */
  dispose(): Promise<void>;
};

/** A real hub on loopback with a real SQLite file in a fresh temp dir and a fake clock. */
export async function startTestHub(
  options: {
    dataDir?: string;
    /**
     * A fixed port: to bring a stopped hub back where its clients expect it, or for a client
     * started before its hub; a free one by default.
     */
    port?: number;
    clock?: FakeClock;
    demo?: boolean;
    rendererDir?: string;
    /** Every request comes as from another PC on the office LAN (needs pairing or a sign-in). */
    asLan?: boolean;
    /** The LAN addresses the hub tells its manager, as a `--lan` hub would find its own. */
    hubAddresses?: string[];
    /** Names besides loopback and its addresses the hub answers to. */
    hostNames?: string[];
    log?: Writable;
    connectionLimits?: Partial<ConnectionLimits>;
  } = {},
): Promise<TestHub> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'minwon-hub-'));
  const clock = options.clock ?? createFakeClock();
  const running = await startHub({
    dataDir,
    port: options.port ?? 0,
    demo: options.demo ?? true,
    clock,
    hashPin: hashPinOnce,
    rendererDir: options.rendererDir ?? null,
    trustLoopback: !options.asLan,
    ...(options.hubAddresses ? { hubAddresses: options.hubAddresses } : {}),
    ...(options.hostNames ? { hostNames: options.hostNames } : {}),
    ...(options.log ? { log: options.log } : {}),
    ...(options.connectionLimits ? { connectionLimits: options.connectionLimits } : {}),
  });
  const call = async (
    method: string,
    path: string,
    body: string | undefined,
    token: Credential,
  ): Promise<Reply> => {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (typeof token === 'string') headers.authorization = `Bearer ${token}`;
    else if (token) headers['x-minwon-device'] = token.device;
    const send = () => fetch(running.url + path, { method, headers, body });
    // A kept-alive connection to a hub this test stopped and started again fails once.
    const response = await send().catch((error: unknown) => {
      if ((error as { cause?: { code?: string } }).cause?.code === 'UND_ERR_SOCKET') return send();
      throw error;
    });
    return { status: response.status, json: (await response.json()) as unknown };
  };
  const signIn = async (login: string, pin: string, deskId?: number): Promise<string> => {
    const reply = await call('POST', '/api/v1/sessions', JSON.stringify({ login, pin, deskId }), null);
    if (reply.status !== 200) throw new Error(`sign-in of ${login} failed: ${JSON.stringify(reply.json)}`);
    return (reply.json as { token: string }).token;
  };
  const managerToken = options.demo === false ? '' : await signIn('manager.lee', '1357');
  // `post` and `pairDevice` act with whatever session `managerToken` holds now: a test that moves
  // the clock past a session's end signs in again and sets it.
  const testHub: TestHub = {
    ...running,
    clock,
    dataDir,
    managerToken,
    post: (command, body, token = testHub.managerToken) =>
      call(
        'POST',
        `/api/v1/commands/${command}`,
        typeof body === 'string' ? body : JSON.stringify(body),
        token,
      ),
    get: (path, token = null) => call('GET', path, undefined, token),
    signIn,
    async pairDevice(role) {
      const started = await call(
        'POST',
        '/api/v1/commands/startPairing',
        JSON.stringify({ role, name: `${role} 1` }),
        testHub.managerToken,
      );
      const { code } = (started.json as { result: { code: string } }).result;
      const paired = await call('POST', '/api/v1/devices/pair', JSON.stringify({ code }), null);
      if (paired.status !== 200) throw new Error(`pairing failed: ${JSON.stringify(paired.json)}`);
      return { device: (paired.json as { token: string }).token };
    },
    async dispose() {
      await running.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return testHub;
}
