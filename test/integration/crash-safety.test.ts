import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { verifyEventChain } from '../../db/event-chain';
import { openReadOnly } from '../../db/open-database';
import type { StreamServerMessage } from '../../shared/contract/events';

// A hub killed with SIGKILL at any moment must lose no command it answered, never issue a
// number twice, and keep a sound database and event log. `npm run soak` runs many more kills.
const KILLS = Number(process.env.CRASH_KILLS ?? 20);
const root = resolve(import.meta.dirname, '..', '..');
const dataDir = mkdtempSync(join(tmpdir(), 'minwon-crash-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** A small seeded generator, so a failing run can be repeated exactly. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

async function startHub(demo: boolean): Promise<{ child: ChildProcess; url: string }> {
  const args = ['--import', 'tsx', 'server/cli/serve.ts', '--port', '0', '--data', dataDir];
  const child = spawn(process.execPath, demo ? [...args, '--demo'] : args, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const match = /Hub ready: (http:\/\/\S+)/.exec(out);
      if (match) resolveUrl(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`hub exited early (${code}): ${out}`)));
  });
  return { child, url };
}

async function post(url: string, command: string, body: unknown, token: string | null): Promise<unknown> {
  const response = await fetch(`${url}/api/v1/commands/${command}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (response.status !== 200) throw new Error(`${command}: ${response.status}`);
  return ((await response.json()) as { result: unknown }).result;
}

type Acknowledged = { kind: 'issued' | 'called'; id: number; number: string; departmentId: number };

describe('crash safety', () => {
  it(
    `survives ${KILLS} SIGKILLs mid-traffic without losing an answered command`,
    { timeout: 120_000 + KILLS * 15_000 },
    async () => {
      const next = random(20261122);
      const acknowledged: Acknowledged[] = [];
      let hub = await startHub(true);
      const signIn = await fetch(`${hub.url}/api/v1/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login: 'manager.lee', pin: '1357' }),
      });
      // The session is stored in the database, so it outlives every restart below.
      const token = ((await signIn.json()) as { token: string }).token;
      await post(hub.url, 'setOfficeHours', { week: [] }, token);

      for (let kill = 0; kill < KILLS; kill++) {
        const killAfter = 5 + Math.floor(next() * 25);
        let answered = 0;
        let killed = false;
        const current = hub;
        const worker = async (): Promise<void> => {
          while (!killed) {
            const departmentId = 1 + Math.floor(next() * 3);
            const call = next() < 0.3;
            try {
              const result = (await post(
                current.url,
                call ? 'callNext' : 'issueTicket',
                call ? { deskId: departmentId * 2 - 1 } : { departmentId },
                call ? token : null,
              )) as { ticket: { id: number; number: string; departmentId: number } };
              acknowledged.push({ kind: call ? 'called' : 'issued', ...result.ticket });
            } catch {
              // Refused (an empty queue) or cut off by the kill: neither was acknowledged.
            }
            answered += 1;
            if (answered === killAfter) {
              killed = true;
              current.child.kill('SIGKILL');
            }
          }
        };
        await Promise.all([worker(), worker(), worker(), worker()]);
        if (current.child.exitCode === null && current.child.signalCode === null) {
          await new Promise((done) => current.child.once('exit', done));
        }
        hub = await startHub(false);
      }

      const db = openReadOnly(join(dataDir, 'office.db'));
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const ticket = db.prepare('SELECT number, department_id, status FROM tickets WHERE id = ?');
        for (const a of acknowledged) {
          const row = ticket.get(a.id) as
            { number: string; department_id: number; status: string } | undefined;
          expect(row, `ticket ${a.id} (${a.number}) was answered, then lost`).toMatchObject({
            number: a.number,
            department_id: a.departmentId,
          });
          if (a.kind === 'called') expect(row!.status).not.toBe('issued');
        }
        const duplicates = db
          .prepare(
            'SELECT COUNT(*) AS n FROM (SELECT 1 FROM tickets GROUP BY department_id, business_day, number HAVING COUNT(*) > 1)',
          )
          .get() as { n: number };
        expect(duplicates.n).toBe(0);
        const gaps = db
          .prepare(
            `SELECT department_id, business_day, COUNT(*) AS n, MAX(sequence) AS top FROM tickets
           GROUP BY department_id, business_day HAVING n <> top`,
          )
          .all();
        expect(gaps).toEqual([]);
        expect(verifyEventChain(db)).toMatchObject({ ok: true });
        expect(acknowledged.length).toBeGreaterThan(KILLS * 4);
        console.log(
          `crash safety: ${KILLS} SIGKILLs survived; all ${acknowledged.length} answered commands are in the database`,
        );

        // A screen that saw the log up to some point catches up with exactly the rest, in order.
        const last = (db.prepare('SELECT MAX(seq) AS seq FROM events').get() as { seq: number }).seq;
        const from = Math.max(0, last - 50);
        const seen: number[] = [];
        const socket = new WebSocket(`${hub.url.replace('http', 'ws')}/api/v1/events`);
        await new Promise<void>((done) => {
          socket.on('open', () => socket.send(JSON.stringify({ type: 'subscribe', after: from })));
          socket.on('message', (data: Buffer) => {
            const message = JSON.parse(data.toString()) as StreamServerMessage;
            if (message.type === 'event') seen.push(message.event.seq);
            if (message.type === 'caughtUp') done();
          });
        });
        socket.close();
        expect(seen).toEqual(Array.from({ length: last - from }, (_, i) => from + 1 + i));
      } finally {
        db.close();
        hub.child.kill('SIGKILL');
      }
    },
  );
});
