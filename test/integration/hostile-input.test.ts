import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countEvents } from '../../db/events';
import { openReadOnly } from '../../db/open-database';
import { commandNames } from '../../shared/contract/commands';
import { startTestHub, type TestHub } from '../support/test-hub';

// Every command, every payload shape an attacker or a broken client could send: the answer is
// always a 4xx with an error code, never a 5xx or a dropped connection, and nothing changes.
const RUNS = Number(process.env.HOSTILE_RUNS ?? 40);

let t: TestHub;
beforeAll(async () => {
  // A built-screens folder of its own, so the static server is under test too.
  const rendererDir = mkdtempSync(join(tmpdir(), 'minwon-renderer-'));
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'export {};');
  t = await startTestHub({ rendererDir });
});
afterAll(async () => {
  await t.dispose();
});

function eventCount(): number {
  const db = openReadOnly(t.dbFile);
  try {
    return countEvents(db);
  } finally {
    db.close();
  }
}

const injected = fc.constantFrom(
  '1; DROP TABLE tickets; --',
  "' OR '1'='1",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '../../../../etc/passwd',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '\u0000',
  '\uFEFF\u202E',
  '한'.repeat(5_000),
  '𝕏'.repeat(2_000),
  '9'.repeat(400),
);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  injected,
  fc.string({ maxLength: 200 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(null, true, false, -1, 0, 2 ** 53, Number.MAX_VALUE),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 10 }), fc.anything({ maxDepth: 2 }), { maxKeys: 5 }),
);

/** A payload that is not a valid command input: wrong types, injected text, unknown or missing fields. */
const hostileBody = fc.oneof(
  fc.dictionary(
    fc.constantFrom(
      'departmentId',
      'deskId',
      'ticketId',
      'code',
      'note',
      'language',
      'repeatOfCode',
      '__proto__',
      'constructor',
      'x',
    ),
    hostileValue,
    { maxKeys: 4 },
  ),
  hostileValue,
);

const hostileRaw = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.constantFrom(
    '{',
    '{"departmentId":',
    '[[[[[[[[[[[[',
    '{"a":' + '['.repeat(5000),
    'null',
    '"text"',
    '\u0000\u0001',
  ),
);

describe('hostile input', () => {
  it(
    `answers ${RUNS} malformed, wrongly typed and injected payloads per command with a 4xx and changes nothing`,
    { timeout: 240_000 },
    async () => {
      const before = eventCount();
      let tried = 0;
      let validByChance = 0;
      for (const name of commandNames) {
        await fc.assert(
          fc.asyncProperty(hostileBody, fc.constantFrom(null, t.managerToken), async (body, token) => {
            const reply = await t.post(name, body, token);
            tried += 1;
            if (reply.status === 200) {
              // A payload that happens to be valid may succeed, appending its one event.
              validByChance += 1;
              return;
            }
            expect(reply.status).toBeGreaterThanOrEqual(400);
            expect(reply.status).toBeLessThan(500);
            expect(reply.json).toMatchObject({ error: { code: expect.any(String) as string } });
          }),
          { numRuns: RUNS, seed: 20261122 },
        );
      }
      console.log(`hostile input: ${tried} command payloads tried, ${validByChance} valid by chance`);
      expect(eventCount()).toBe(before + validByChance);
    },
  );

  it(
    'answers raw bodies that are not JSON objects with a 4xx and changes nothing',
    { timeout: 120_000 },
    async () => {
      const before = eventCount();
      await fc.assert(
        fc.asyncProperty(hostileRaw, fc.constantFrom(...commandNames), async (raw, name) => {
          const reply = await t.post(name, raw);
          expect(reply.status).toBeGreaterThanOrEqual(400);
          expect(reply.status).toBeLessThan(500);
        }),
        { numRuns: RUNS * 5, seed: 7 },
      );
      expect(eventCount()).toBe(before);
    },
  );

  it(
    'answers hostile pairing, sign-in and first-manager bodies with a 4xx and changes nothing',
    { timeout: 120_000 },
    async () => {
      const before = eventCount();
      let tried = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(hostileBody, hostileRaw),
          fc.constantFrom('/api/v1/devices/pair', '/api/v1/sessions', '/api/v1/setup/first-manager'),
          async (body, path) => {
            const response = await fetch(t.url + path, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: typeof body === 'string' ? body : JSON.stringify(body),
            });
            const json: unknown = await response.json();
            tried += 1;
            expect(response.status, path).toBeGreaterThanOrEqual(400);
            expect(response.status, path).toBeLessThan(500);
            expect(json).toMatchObject({ error: { code: expect.any(String) as string } });
          },
        ),
        { numRuns: RUNS * 3, seed: 11 },
      );
      console.log(`hostile input: ${tried} pairing, sign-in and setup bodies tried`);
      expect(eventCount()).toBe(before);
    },
  );

  it('never serves a file outside the app, however the path is spelled', async () => {
    for (const path of [
      '/../../../../etc/passwd',
      '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/..%2f..%2f..%2fetc%2fpasswd',
      '/assets/..%2f..%2f..%2f..%2fetc%2fpasswd',
      '/%00',
      '/api/v1/desks/1%00',
      `/${'a'.repeat(5000)}`,
    ]) {
      const response = await fetch(t.url + path);
      const text = await response.text();
      expect(response.status, path).toBeLessThan(500);
      expect(text, path).not.toContain('root:');
    }
  });
});
