import { describe, expect, it } from 'vitest';
import type { AppConfigInput } from './app-config';
import { fakeHubFetch } from '../test/support/fake-hub-fetch';
import { HubStartError } from './hub-supervisor';
import { finishSetup, type SetupDeps } from './setup-service';

const manager = { id: 1, login: 'boss', name: '이관리', role: 'manager' };
const windows = [{ role: 'kiosk', display: 0 }];
const printer = { name: 'SRP-330', paperWidthMm: 80 };
const hubForm = {
  mode: 'hub',
  port: 4310,
  lan: true,
  manager: { login: 'boss', name: '이관리', pin: '2468', pinAgain: '2468' },
  windows,
  printer,
};
const clientForm = {
  mode: 'client',
  hubUrl: 'http://10.0.0.5:4310',
  pairingCode: '123456',
  windows,
  printer,
};

function setup(routes: Parameters<typeof fakeHubFetch>[0], overrides: Partial<SetupDeps> = {}) {
  const hub = fakeHubFetch(routes);
  const saved: AppConfigInput[] = [];
  const started: { port: number; lan: boolean }[] = [];
  const deps: SetupDeps = {
    localHub: (options) => {
      started.push(options);
      return Promise.resolve('http://127.0.0.1:4310');
    },
    fetch: hub.fetch,
    managerVerified: false,
    pairingOnly: false,
    paired: null,
    seal: (token) => ({ encoding: 'safeStorage', value: `sealed(${token})` }),
    save: (config) => saved.push(config),
    ...overrides,
  };
  return { deps, saved, started, calls: hub.calls };
}

const freshHub = {
  'GET /api/v1/setup': () => ({ status: 200, json: { needsFirstManager: true } }),
  'POST /api/v1/setup/first-manager': () => ({ status: 201, json: { staff: manager } }),
};

describe('finishing setup', () => {
  it('starts the hub, creates the first manager, then saves a hub config', async () => {
    const { deps, saved, started, calls } = setup(freshHub);
    expect(await finishSetup(hubForm, deps)).toEqual({ ok: true });
    expect(started).toEqual([{ port: 4310, lan: true }]);
    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'GET http://127.0.0.1:4310/api/v1/setup',
      'POST http://127.0.0.1:4310/api/v1/setup/first-manager',
    ]);
    expect(saved).toEqual([{ version: 1, mode: 'hub', hub: { port: 4310, lan: true }, windows, printer }]);
  });

  it('on a database that has a manager, checks that manager’s PIN instead', async () => {
    const { deps, saved, calls } = setup({
      'GET /api/v1/setup': () => ({ status: 200, json: { needsFirstManager: false } }),
      'POST /api/v1/sessions': () => ({ status: 401, json: { error: { code: 'wrong_pin', message: 'no' } } }),
    });
    expect(await finishSetup(hubForm, deps)).toEqual({ ok: false, error: 'wrong_pin', field: 'manager.pin' });
    expect(calls.at(-1)?.url).toBe('http://127.0.0.1:4310/api/v1/sessions');
    expect(saved).toEqual([]);
  });

  it('refuses two different PINs before touching the hub', async () => {
    const { deps, started } = setup(freshHub);
    const form = { ...hubForm, manager: { ...hubForm.manager, pinAgain: '2469' } };
    expect(await finishSetup(form, deps)).toEqual({
      ok: false,
      error: 'pin_mismatch',
      field: 'manager.pinAgain',
    });
    expect(started).toEqual([]);
  });

  it('names the wrong field of a bad form, and refuses a hub without its first manager', async () => {
    const { deps, saved } = setup(freshHub);
    expect(await finishSetup({ ...hubForm, port: 0 }, deps)).toEqual({
      ok: false,
      error: 'invalid',
      field: 'port',
    });
    expect(await finishSetup({ ...clientForm, pairingCode: '12345' }, deps)).toMatchObject({
      field: 'pairingCode',
    });
    expect(await finishSetup({ ...hubForm, manager: null }, deps)).toMatchObject({ field: 'manager' });
    expect(await finishSetup('nonsense', deps)).toMatchObject({ error: 'invalid' });
    expect(saved).toEqual([]);
  });

  it('says why the hub cannot start, in the system’s words, beside the port only when it is the port', async () => {
    const failing = (code: string, message: string) =>
      setup(freshHub, { localHub: () => Promise.reject(new HubStartError(code, message)) }).deps;
    const taken = 'listen EADDRINUSE: address already in use 127.0.0.1:4310';
    expect(await finishSetup(hubForm, failing('EADDRINUSE', taken))).toEqual({
      ok: false,
      error: 'port_in_use',
      field: 'port',
      detail: taken,
    });
    expect(
      await finishSetup(
        { ...hubForm, port: 80 },
        failing('EACCES', 'listen EACCES: permission denied 0.0.0.0:80'),
      ),
    ).toMatchObject({
      error: 'port_forbidden',
      field: 'port',
    });
    expect(await finishSetup(hubForm, failing('SQLITE_CANTOPEN', 'unable to open database file'))).toEqual({
      ok: false,
      error: 'hub_start_failed',
      field: null,
      detail: 'SQLITE_CANTOPEN: unable to open database file',
    });
  });

  it('only pairs again when this PC’s stored pairing could not be read here', async () => {
    const { deps, started, saved } = setup(freshHub, { pairingOnly: true });
    expect(await finishSetup(hubForm, deps)).toEqual({ ok: false, error: 'invalid', field: 'mode' });
    expect(started).toEqual([]);
    expect(saved).toEqual([]);
  });

  it('reopened by a manager, saves a hub config without asking for a manager again', async () => {
    const { deps, saved, calls } = setup(freshHub, { managerVerified: true });
    expect(await finishSetup({ ...hubForm, manager: null }, deps)).toEqual({ ok: true });
    expect(calls).toEqual([]);
    expect(saved).toHaveLength(1);
  });

  it('pairs a client and stores its token sealed', async () => {
    const { deps, saved } = setup({
      'POST /api/v1/devices/pair': () => ({
        status: 200,
        json: { device: { id: 4, role: 'kiosk', name: '로비' }, token: 'dev_tok' },
      }),
    });
    expect(await finishSetup(clientForm, deps)).toEqual({ ok: true });
    expect(saved).toEqual([
      {
        version: 1,
        mode: 'client',
        hubUrl: 'http://10.0.0.5:4310',
        device: {
          id: 4,
          role: 'kiosk',
          name: '로비',
          token: { encoding: 'safeStorage', value: 'sealed(dev_tok)' },
        },
        windows,
        printer,
      },
    ]);
  });

  it('puts a wrong pairing code, and an unreachable hub, beside their fields', async () => {
    const wrong = setup({
      'POST /api/v1/devices/pair': () => ({
        status: 403,
        json: { error: { code: 'pairing_code_wrong', message: 'x' } },
      }),
    });
    expect(await finishSetup(clientForm, wrong.deps)).toEqual({
      ok: false,
      error: 'pairing_code_wrong',
      field: 'pairingCode',
    });
    const away = setup({});
    expect(await finishSetup(clientForm, away.deps)).toEqual({
      ok: false,
      error: 'hub_unreachable',
      field: 'hubUrl',
    });
  });

  it('keeps the current pairing without a new code, but only for the same hub', async () => {
    const device = {
      id: 4,
      role: 'kiosk' as const,
      name: '로비',
      token: { encoding: 'plain' as const, value: 't' },
    };
    const { deps, saved } = setup({}, { paired: { hubUrl: 'http://10.0.0.5:4310', device } });
    expect(await finishSetup({ ...clientForm, pairingCode: null }, deps)).toEqual({ ok: true });
    expect(saved[0]).toMatchObject({ device });
    expect(
      await finishSetup({ ...clientForm, hubUrl: 'http://10.0.0.9:4310', pairingCode: null }, deps),
    ).toEqual({
      ok: false,
      error: 'invalid',
      field: 'pairingCode',
    });
  });
});
