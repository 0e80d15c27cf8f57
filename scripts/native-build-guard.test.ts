import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keepingDirectory } from './native-build-guard';

describe('packaging leaves node_modules as it found it', () => {
  let root: string;
  let build: string;
  const addon = () => join(build, 'Release', 'better_sqlite3.node');
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'minwon-package-'));
    build = join(root, 'better-sqlite3', 'build');
    mkdirSync(join(build, 'Release'), { recursive: true });
    writeFileSync(addon(), 'built for Node 20 (ABI 115)');
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  const rebuildForElectron = () => {
    writeFileSync(addon(), 'built for Electron 42');
    writeFileSync(join(build, 'Release', 'left-behind.o'), 'object file');
  };

  it('puts the Node build back after electron-builder rebuilt it for Electron', async () => {
    expect(
      await keepingDirectory(build, () => {
        rebuildForElectron();
        return Promise.resolve(0);
      }),
    ).toBe(0);
    expect(readFileSync(addon(), 'utf8')).toBe('built for Node 20 (ABI 115)');
    expect(existsSync(join(build, 'Release', 'left-behind.o'))).toBe(false);
    expect(existsSync(`${build}.before-package`)).toBe(false);
  });

  it('puts it back when packaging fails half-way', async () => {
    await expect(
      keepingDirectory(build, () => {
        rebuildForElectron();
        return Promise.reject(new Error('electron-builder: cannot download Electron'));
      }),
    ).rejects.toThrow('cannot download Electron');
    expect(readFileSync(addon(), 'utf8')).toBe('built for Node 20 (ABI 115)');
  });

  it('restores first what a killed run left aside', async () => {
    // As a run killed in the middle leaves it: the copy aside, the module half rebuilt.
    mkdirSync(`${build}.before-package/Release`, { recursive: true });
    writeFileSync(`${build}.before-package/Release/better_sqlite3.node`, 'built for Node 20 (ABI 115)');
    rmSync(addon());
    await keepingDirectory(build, () => Promise.resolve());
    expect(readFileSync(addon(), 'utf8')).toBe('built for Node 20 (ABI 115)');
  });
});
