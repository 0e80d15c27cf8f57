import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Electron binary's path, found by its files. `require('electron')` would try to download
 * the binary when it is missing (Electron 42+ fetches it on first run), which fails offline.
 */
export function findElectronBinary(projectRoot: string): string | null {
  const packageDir = join(projectRoot, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

export const ELECTRON_MISSING_REASON =
  'the Electron binary is not installed (node_modules/electron/path.txt and dist/ are missing; ' +
  'Electron downloads it on first run, which needs internet access)';

/**
 * Whether Electron can load `better-sqlite3` as installed: the hub embedded in a `hub`
 * installation needs the module built for Electron's ABI (electron-builder does so for the
 * packaged app; `npx electron-builder install-app-deps` does so in node_modules), while
 * `npm install` builds it for Node's.
 */
export function hubModuleLoadsInElectron(binary: string, projectRoot: string): boolean {
  const probe = spawnSync(binary, ['-e', "require('better-sqlite3')"], {
    cwd: projectRoot,
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    stdio: 'ignore',
    timeout: 30_000,
  });
  return probe.status === 0;
}

export const HUB_MODULE_MISMATCH_REASON =
  'better-sqlite3 in node_modules is built for Node, not for Electron (run `npx electron-builder install-app-deps` to run the embedded hub unpackaged)';
