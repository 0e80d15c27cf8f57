import { describe, expect, it } from 'vitest';
import { parseServeArgs } from './serve-args';

describe('npm run serve arguments', () => {
  it('has defaults for a quick start', () => {
    expect(parseServeArgs([], '/office')).toEqual({
      port: 4310,
      dataDir: '/office/.data',
      demo: false,
      keepBackups: 14,
      lan: false,
      log: false,
      hostNames: [],
    });
  });

  it('reads every option', () => {
    expect(
      parseServeArgs(
        [
          '--port',
          '0',
          '--data',
          'd',
          '--demo',
          '--lan',
          '--log',
          '--backup-dir',
          '/mnt/usb',
          '--keep-backups',
          '30',
          '--host-name',
          'minwon-hub.local',
          '--host-name',
          'hub',
        ],
        '/o',
      ),
    ).toEqual({
      port: 0,
      dataDir: '/o/d',
      demo: true,
      lan: true,
      log: true,
      backupDir: '/mnt/usb',
      keepBackups: 30,
      hostNames: ['minwon-hub.local', 'hub'],
    });
  });

  it('says what is wrong with a bad value or an unknown option', () => {
    expect(() => parseServeArgs(['--port', 'x'], '/')).toThrow(/--port/);
    expect(() => parseServeArgs(['--keep-backups', '0'], '/')).toThrow(/--keep-backups/);
    expect(() => parseServeArgs(['--lan=yes'], '/')).toThrow(/lan/);
    expect(() => parseServeArgs(['--host-name', 'evil.example/x'], '/')).toThrow(/--host-name/);
  });
});
