import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRotatingLog, logLine } from './rotating-log';

describe('the desktop app’s log file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'minwon-log-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('appends, keeping what an earlier run wrote', () => {
    const path = join(dir, 'logs', 'hub.log');
    const first = createRotatingLog(path);
    first.write('started\n');
    first.close();
    const second = createRotatingLog(path);
    second.write('started again\n');
    second.close();
    expect(readFileSync(path, 'utf8')).toBe('started\nstarted again\n');
  });

  it('starts a new file past its size, keeping a few old ones and deleting the oldest', () => {
    const path = join(dir, 'hub.log');
    const log = createRotatingLog(path, { maxBytes: 10, keep: 2 });
    for (const line of ['aaaaaa\n', 'bbbbbb\n', 'cccccc\n', 'dddddd\n']) log.write(line);
    log.close();
    expect(readdirSync(dir).sort()).toEqual(['hub.log', 'hub.log.1', 'hub.log.2']);
    expect(readFileSync(path, 'utf8')).toBe('dddddd\n');
    expect(readFileSync(`${path}.1`, 'utf8')).toBe('cccccc\n');
    expect(readFileSync(`${path}.2`, 'utf8')).toBe('bbbbbb\n');
  });

  it('stamps each line with its time', () => {
    expect(logLine(Date.parse('2026-12-01T00:30:00Z'), 'hub ready')).toBe(
      '2026-12-01T00:30:00.000Z hub ready\n',
    );
  });
});
