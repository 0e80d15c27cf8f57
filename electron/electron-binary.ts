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
