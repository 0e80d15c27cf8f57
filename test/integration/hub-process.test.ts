import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHubSupervisor } from '../../electron/hub-supervisor';
import { systemTimers } from '../../electron/retry-schedule';
import { DATABASE_FILE } from '../../server/start-hub';
import { bundleHubProcess, forkHubProcesses } from '../support/fork-hub-process';

type Health = { ok: boolean; seq: number };

async function health(url: string): Promise<Health> {
  const response = await fetch(`${url}/api/v1/health`);
  return (await response.json()) as Health;
}

function listening(server: Server): Promise<number> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
}

describe('the hub in a process of its own', () => {
  let bundle: string;
  beforeAll(async () => {
    bundle = await bundleHubProcess();
  });
  afterAll(() => {
    rmSync(bundle, { force: true });
  });

  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'minwon-hub-process-'));
  });
  afterEach(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  function supervise(port: number) {
    const processes = forkHubProcesses(bundle);
    const log: string[] = [];
    const supervisor = createHubSupervisor({
      launch: processes.launch,
      options: { port, lan: false, dataDir, demo: true, rendererDir: null },
      now: Date.now,
      timers: systemTimers,
      log: (line) => log.push(line),
      // Short waits: this test waits for the restart itself, never for a set time.
      restart: { firstMs: 50, maxMs: 50 },
    });
    return { supervisor, processes, log };
  }

  it('is restarted after it is killed, with its database intact, and closes it on stop', async () => {
    const { supervisor, processes, log } = supervise(0);
    try {
      const url = await supervisor.start();
      const before = await health(url);
      expect(before.ok).toBe(true);
      expect(before.seq).toBeGreaterThan(0);

      const again = new Promise<string>((resolve) => supervisor.onReady(resolve));
      processes.children[0]!.kill('SIGKILL');
      const restartedUrl = await again;
      expect(processes.children).toHaveLength(2);
      // The demo office is not seeded twice: the restarted hub found the same events.
      expect((await health(restartedUrl)).seq).toBe(before.seq);
      expect(log.some((line) => line.startsWith('the hub process ended'))).toBe(true);
    } finally {
      await supervisor.stop();
    }
    expect(processes.children.at(-1)!.exitCode).toBe(0);
    // A hub closed by `close()` checkpoints its write-ahead log away; a killed one leaves it.
    expect(existsSync(join(dataDir, `${DATABASE_FILE}-wal`))).toBe(false);
    expect(processes.output.join('')).toContain('Hub ready: http://127.0.0.1:');
  });

  it('says the port is taken, with the system’s code, when it is', async () => {
    const blocker = createServer();
    const port = await listening(blocker);
    const { supervisor } = supervise(port);
    try {
      await expect(supervisor.start()).rejects.toMatchObject({
        name: 'HubStartError',
        code: 'EADDRINUSE',
        message: expect.stringContaining(String(port)) as unknown,
      });
    } finally {
      await supervisor.stop();
      blocker.close();
    }
  });
});
