import { describe, expect, it } from 'vitest';
import type { AppConfig } from './app-config';
import type { LaunchArgs } from './launch-args';
import { planRun } from './run-plan';

const noFlags: LaunchArgs = {
  hubUrl: null,
  demo: false,
  paperWidthMm: null,
  printerName: null,
  configPath: null,
};

const hub: AppConfig = {
  version: 1,
  mode: 'hub',
  hub: { port: 4310, lan: false },
  windows: [{ role: 'kiosk', display: 1 }],
  printer: { name: 'SRP-330', paperWidthMm: 80 },
};

const device = {
  id: 3,
  role: 'kiosk' as const,
  name: '키오스크',
  token: { encoding: 'plain' as const, value: 't' },
};
const client: AppConfig = { ...hub, mode: 'client', hubUrl: 'http://10.0.0.5:4310', device };

describe('what a start does', () => {
  it('sets up on a first run', () => {
    expect(planRun({ kind: 'missing' }, noFlags)).toEqual({ kind: 'setup' });
  });

  it('runs the config as written', () => {
    expect(planRun({ kind: 'found', config: hub }, noFlags)).toEqual({ kind: 'run', config: hub });
  });

  it('runs a trial kiosk and desk on a hub named by --hub-url, without a config', () => {
    const plan = planRun({ kind: 'missing' }, { ...noFlags, hubUrl: 'http://127.0.0.1:4310' });
    expect(plan).toMatchObject({
      kind: 'run',
      config: { mode: 'client', hubUrl: 'http://127.0.0.1:4310', device: undefined },
    });
    expect(plan.kind === 'run' && plan.config.windows.map((w) => w.role)).toEqual(['kiosk', 'desk']);
  });

  it('keeps the device token only for the hub it was paired with', () => {
    const same = planRun({ kind: 'found', config: client }, { ...noFlags, hubUrl: 'http://10.0.0.5:4310' });
    const other = planRun({ kind: 'found', config: client }, { ...noFlags, hubUrl: 'http://10.0.0.9:4310' });
    expect(same.kind === 'run' && same.config.mode === 'client' && same.config.device).toEqual(device);
    expect(other.kind === 'run' && other.config.mode === 'client' && other.config.device).toBeUndefined();
    expect(other.kind === 'run' && other.config.windows).toEqual(client.windows);
  });

  it('lets --paper and --printer override the file', () => {
    const plan = planRun(
      { kind: 'found', config: hub },
      { ...noFlags, paperWidthMm: 58, printerName: 'Other' },
    );
    expect(plan.kind === 'run' && plan.config.printer).toEqual({ name: 'Other', paperWidthMm: 58 });
  });
});
