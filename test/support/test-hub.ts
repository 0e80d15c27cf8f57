import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHub, type RunningHub } from '../../server/start-hub';
import { createFakeClock, type FakeClock } from './fake-clock';

export type TestHub = RunningHub & {
  clock: FakeClock;
  dataDir: string;
  post(command: string, body: unknown): Promise<{ status: number; json: unknown }>;
  get(path: string): Promise<{ status: number; json: unknown }>;
  /** Closes the hub and deletes its data directory. */
  dispose(): Promise<void>;
};

/** A real hub on loopback with a real SQLite file in a fresh temp dir and a fake clock. */
export async function startTestHub(
  options: { dataDir?: string; clock?: FakeClock; demo?: boolean } = {},
): Promise<TestHub> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'minwon-hub-'));
  const clock = options.clock ?? createFakeClock();
  const running = await startHub({ dataDir, port: 0, demo: options.demo ?? true, clock });
  const call = async (method: string, path: string, body?: string) => {
    const response = await fetch(running.url + path, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body,
    });
    return { status: response.status, json: (await response.json()) as unknown };
  };
  return {
    ...running,
    clock,
    dataDir,
    post: (command, body) =>
      call('POST', `/api/v1/commands/${command}`, typeof body === 'string' ? body : JSON.stringify(body)),
    get: (path) => call('GET', path),
    async dispose() {
      await running.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
