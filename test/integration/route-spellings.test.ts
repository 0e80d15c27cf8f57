import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerOf, mayCall, type RequestActor } from '../../shared/contract/access';
import { API_BASE, apiRoutes, type ApiRoute } from '../../shared/contract/routes';
import { rawRequest, sendRaw, targetSpellings, type RawReply } from '../support/raw-http';
import { startTestHub, type Credential, type TestHub } from '../support/test-hub';

// The access table is checked on the route the router matched, whatever the request target's
// spelling. Played with raw requests over sockets (fetch would normalise every target first),
// from PCs the hub takes for LAN PCs, and from the hub's own PC: a spelling either reaches the
// same route and gets the same refusal, or reaches no route at all (404, or the built screens).

const INDEX_HTML = '<!doctype html><title>screens</title>';

type Column = { name: string; actor: RequestActor | null; hub: () => TestHub; credential: Credential };

let lan: TestHub;
let local: TestHub;
let rendererDir: string;
const columns: Column[] = [];

beforeAll(async () => {
  rendererDir = mkdtempSync(join(tmpdir(), 'minwon-renderer-'));
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'index.html'), INDEX_HTML);
  lan = await startTestHub({ asLan: true, rendererDir });
  local = await startTestHub({ rendererDir });
  columns.push(
    { name: 'stranger', actor: null, hub: () => lan, credential: null },
    {
      name: 'kiosk',
      actor: { kind: 'device', deviceId: 0, role: 'kiosk' },
      hub: () => lan,
      credential: await lan.pairDevice('kiosk'),
    },
    {
      name: 'display',
      actor: { kind: 'device', deviceId: 0, role: 'display' },
      hub: () => lan,
      credential: await lan.pairDevice('display'),
    },
    {
      name: 'desk',
      actor: { kind: 'staff', staffId: 0, role: 'desk', deskId: 1 },
      hub: () => lan,
      credential: await lan.signIn('desk.kim', '2580', 1),
    },
    { name: 'hub PC', actor: { kind: 'hubPc' }, hub: () => local, credential: null },
  );
});
afterAll(async () => {
  await lan.dispose();
  await local.dispose();
  rmSync(rendererDir, { recursive: true, force: true });
});

/** A path of the route with its parameters filled in, and the query string a valid call needs. */
function concretePath(route: ApiRoute): string {
  const path = API_BASE + route.path.replace(':deskId', '1').replace(':name', 'noSuchCommand');
  const query: Partial<Record<string, string>> = {
    '/reports/summary': 'from=2026-11-23',
    '/reports/visits': 'from=2026-11-23&format=csv',
    '/compensations': 'month=2026-11',
  };
  return query[route.path] ? `${path}?${query[route.path]}` : path;
}

function headersOf(credential: Credential): Record<string, string> {
  if (typeof credential === 'string') return { Authorization: `Bearer ${credential}` };
  return credential ? { 'X-Minwon-Device': credential.device } : {};
}

function send(column: Column, route: ApiRoute, target: string): Promise<RawReply> {
  const hub = column.hub();
  const host = `127.0.0.1:${hub.port}`;
  const body = route.method === 'POST' ? '{}' : undefined;
  return sendRaw(
    { host: '127.0.0.1', port: hub.port },
    rawRequest(route.method, target, { host, headers: headersOf(column.credential), body }),
  );
}

/**
 * A target that reached no route: the API's not-found (or, for a command name spelled in other
 * letters, "no such command"), the screens' page (no office data), or Node's HTTP parser refusing
 * the target before any routing (400 without the hub's error shape).
 */
function reachedNothing(reply: RawReply): boolean {
  return (
    (reply.status === 404 && (reply.code === 'not_found' || reply.code === 'unknown_command')) ||
    (reply.status === 200 && reply.body === INDEX_HTML) ||
    (reply.status === 400 && reply.code === null)
  );
}

const refusals = apiRoutes.flatMap((route) => (route.who === 'anyone' ? [] : [route]));

describe('every route of the access table, spelled every way', () => {
  it('is in the table once', () => {
    const keys = apiRoutes.map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(refusals.map((route) => [`${route.method} ${route.path}`, route] as const))(
    '%s refuses whom its row refuses, however the target is spelled',
    async (_, route) => {
      const seqBefore = [lan.hub.lastSeq(), local.hub.lastSeq()];
      for (const column of columns) {
        if (column.actor !== null && mayCall(route.who, column.actor)) continue;
        const path = concretePath(route);
        const canonical = await send(column, route, path);
        expect(canonical.status, `${column.name} on ${path}`).toBeGreaterThanOrEqual(401);
        expect(canonical.status, `${column.name} on ${path}`).toBeLessThanOrEqual(403);
        const authority = `127.0.0.1:${column.hub().port}`;
        const replies = await Promise.all(
          targetSpellings(path, authority).map(
            async ([spelling, target]) => [spelling, target, await send(column, route, target)] as const,
          ),
        );
        for (const [spelling, target, reply] of replies) {
          const same = reply.status === canonical.status && reply.code === canonical.code;
          expect(
            same || reachedNothing(reply),
            `${column.name}, ${spelling}: ${route.method} ${target} → ${reply.status} ${reply.body.slice(0, 120)}`,
          ).toBe(true);
        }
      }
      expect([lan.hub.lastSeq(), local.hub.lastSeq()], 'events appended').toEqual(seqBefore);
    },
  );

  it('answers a stranger the same on every route it may not reach: pair first', async () => {
    const stranger = columns[0]!;
    for (const route of refusals) {
      const reply = await send(stranger, route, concretePath(route));
      expect([reply.status, reply.code], `${route.method} ${route.path}`).toEqual([401, 'device_not_paired']);
    }
    expect(callerOf({ kind: 'hubPc' })).toBe('hubPc');
  });
});

describe('the attack of the report: a stranger making itself manager', () => {
  const manager = JSON.stringify({ login: 'evil.boss', name: '침입자', role: 'manager', pin: '1111' });

  it.each([
    ['percent-encoded', () => '/%61pi/v1/commands/defineStaff', 401, 'device_not_paired'],
    [
      'absolute-form',
      (port: number) => `http://127.0.0.1:${port}/api/v1/commands/defineStaff`,
      401,
      'device_not_paired',
    ],
    // Not even routed: the hub does not answer for another host (host-origin.test.ts).
    [
      'absolute-form with another host',
      () => 'http://hub.example/api/v1/commands/defineStaff',
      421,
      'host_not_served',
    ],
  ] as const)('%s: refused, and the new id signs nobody in', async (_, target, status, code) => {
    const reply = await sendRaw(
      { host: '127.0.0.1', port: lan.port },
      rawRequest('POST', target(lan.port), { host: `127.0.0.1:${lan.port}`, body: manager }),
    );
    expect([reply.status, reply.code]).toEqual([status, code]);
    const signIn = await fetch(`${lan.url}/api/v1/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'evil.boss', pin: '1111' }),
    });
    expect(signIn.status).toBe(401);
  });

  it('cannot take a new office before its first-run setup either', async () => {
    const fresh = await startTestHub({ asLan: true, demo: false });
    try {
      const reply = await sendRaw(
        { host: '127.0.0.1', port: fresh.port },
        rawRequest('POST', '/%61pi/v1/commands/defineStaff', {
          host: `127.0.0.1:${fresh.port}`,
          body: manager,
        }),
      );
      expect([reply.status, reply.code]).toEqual([401, 'device_not_paired']);
      expect(fresh.hub.needsFirstManager()).toBe(true);
      expect(fresh.hub.lastSeq()).toBe(0);
    } finally {
      await fresh.dispose();
    }
  });
});
