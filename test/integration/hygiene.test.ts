import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sendRaw } from '../support/raw-http';
import { startTestHub, type TestHub } from '../support/test-hub';

let hubs: TestHub[] = [];
afterEach(async () => {
  const done = hubs;
  hubs = [];
  for (const t of done) await t.dispose();
});

async function hub(options: Parameters<typeof startTestHub>[0] = {}): Promise<TestHub> {
  const t = await startTestHub(options);
  hubs.push(t);
  return t;
}

const mode = (path: string) => statSync(path).mode & 0o777;

describe('hygiene', () => {
  it('has browsers fetch the page anew each time and keep no API answer', async () => {
    const rendererDir = join((await hub()).dataDir, 'screens');
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>민원</title>');
    writeFileSync(join(rendererDir, 'assets', 'app-1a2b.js'), 'void 0;');
    const t = await hub({ rendererDir });
    const get = (path: string) =>
      sendRaw(
        { host: '127.0.0.1', port: t.port },
        `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`,
      );
    for (const page of ['/', '/index.html', '/desk/1']) {
      const reply = await get(page);
      expect([page, reply.status, reply.headers['cache-control']]).toEqual([page, 200, 'no-cache']);
    }
    expect((await get('/assets/app-1a2b.js')).headers['cache-control']).toBe('public, max-age=3600');
    for (const path of ['/api/v1/office', '/api/v1/guide', '/%61pi/v1/office', '/api/v1/nothing']) {
      expect([path, (await get(path)).headers['cache-control']]).toEqual([path, 'no-store']);
    }
  });

  it('keeps the data folder, the database and its backups to the hub’s own account', async () => {
    const t = await hub();
    const backup = await fetch(`${t.url}/api/v1/backups`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.managerToken}` },
    });
    expect(backup.status).toBe(200);
    expect(mode(t.dataDir)).toBe(0o700);
    for (const name of readdirSync(t.dataDir).filter((n) => n.startsWith('office.db'))) {
      expect([name, mode(join(t.dataDir, name))]).toEqual([name, 0o600]);
    }
    expect(readdirSync(t.dataDir)).toContain('office.db-wal');
    const backups = join(t.dataDir, 'backups');
    expect(mode(backups)).toBe(0o700);
    const files = readdirSync(backups);
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) expect([name, mode(join(backups, name))]).toEqual([name, 0o600]);
  });

  it('tells only the hub’s own PC where its backups are', async () => {
    const local = await hub();
    const here = (await local.get('/api/v1/backups', local.managerToken)).json as { dir: string | null };
    expect(here.dir).toBe(join(local.dataDir, 'backups'));
    const lan = await hub({ asLan: true });
    const there = (await lan.get('/api/v1/backups', lan.managerToken)).json as { dir: string | null };
    expect(there.dir).toBeNull();
    expect(JSON.stringify(there)).not.toContain(lan.dataDir);
  });
});
