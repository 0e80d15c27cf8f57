import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, parseAppConfig, readAppConfig, writeAppConfig } from './app-config';

const hub = {
  version: 1,
  mode: 'hub',
  hub: { port: 4310, lan: true },
  windows: [
    { role: 'kiosk', display: 1 },
    { role: 'desk', display: 0, deskId: 2 },
  ],
  printer: { name: 'BIXOLON SRP-330II', paperWidthMm: 58 },
};

const client = {
  version: 1,
  mode: 'client',
  hubUrl: 'http://192.168.0.10:4310/',
  device: {
    id: 7,
    role: 'kiosk',
    name: '로비 키오스크',
    token: { encoding: 'safeStorage', value: 'c2VhbGVk' },
  },
  windows: [{ role: 'kiosk' }],
};

const parse = (value: unknown) => parseAppConfig(JSON.stringify(value), 'minwon-config.json');

describe('the config file', () => {
  it('reads a hub installation', () => {
    expect(parse(hub)).toEqual(hub);
  });

  it('reads a client, keeping the hub’s origin and filling the defaults', () => {
    expect(parse(client)).toMatchObject({
      mode: 'client',
      hubUrl: 'http://192.168.0.10:4310',
      windows: [{ role: 'kiosk', display: 0 }],
      printer: { name: null, paperWidthMm: 80 },
    });
  });

  it('fills a minimal hub with loopback on port 4310', () => {
    expect(parse({ version: 1, mode: 'hub', windows: [{ role: 'display' }] })).toMatchObject({
      hub: { port: 4310, lan: false },
    });
  });

  it.each([
    ['a file that is not JSON', '{ "mode": "hub", ', /not valid JSON/],
    ['an unknown mode', JSON.stringify({ ...hub, mode: 'server' }), /"mode"/],
    ['a missing version', JSON.stringify({ ...hub, version: undefined }), /"version"/],
    ['an unknown role', JSON.stringify({ ...hub, windows: [{ role: 'lobby' }] }), /"windows\[0\]\.role"/],
    [
      'a negative monitor',
      JSON.stringify({ ...hub, windows: [{ role: 'kiosk', display: -1 }] }),
      /"windows\[0\]\.display"/,
    ],
    ['no window at all', JSON.stringify({ ...hub, windows: [] }), /"windows": must name at least one window/],
    [
      'two kiosks',
      JSON.stringify({ ...hub, windows: [{ role: 'kiosk' }, { role: 'kiosk', display: 1 }] }),
      /"windows": may hold one kiosk/,
    ],
    ['a 72 mm paper', JSON.stringify({ ...hub, printer: { paperWidthMm: 72 } }), /"printer\.paperWidthMm"/],
    ['a port out of range', JSON.stringify({ ...hub, hub: { port: 70_000 } }), /"hub\.port"/],
    ['a client without a hub', JSON.stringify({ ...client, hubUrl: undefined }), /"hubUrl"/],
    [
      'a hub address that is not http',
      JSON.stringify({ ...client, hubUrl: 'ftp://10.0.0.1' }),
      /"hubUrl": must be an http/,
    ],
    ['a misspelt field', JSON.stringify({ ...hub, printr: {} }), /printr/],
  ])('refuses %s, naming the field', (_case, text, message) => {
    expect(() => parseAppConfig(text, 'minwon-config.json')).toThrow(ConfigError);
    expect(() => parseAppConfig(text, 'minwon-config.json')).toThrow(message);
  });
});

describe('reading and writing the config file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'minwon-config-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports a missing file as a first run', () => {
    expect(readAppConfig(join(dir, 'minwon-config.json'))).toEqual({ kind: 'missing' });
  });

  it('writes a file it reads back, readable by its owner only, leaving no temporary file', () => {
    const path = join(dir, 'nested', 'minwon-config.json');
    writeAppConfig(path, hub as Parameters<typeof writeAppConfig>[1]);
    expect(readAppConfig(path)).toEqual({ kind: 'found', config: hub });
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(() => readFileSync(`${path}.tmp`)).toThrow();
  });

  it('names the file when it is wrong', () => {
    const path = join(dir, 'minwon-config.json');
    writeFileSync(path, JSON.stringify({ ...hub, windows: [{ role: 'kiosk', display: 'two' }] }));
    expect(() => readAppConfig(path)).toThrow(`${path} has a wrong field: "windows[0].display"`);
  });

  it('refuses to write an invalid config', () => {
    expect(() => {
      writeAppConfig(join(dir, 'c.json'), { ...hub, windows: [] } as unknown as Parameters<
        typeof writeAppConfig
      >[1]);
    }).toThrow();
  });
});
