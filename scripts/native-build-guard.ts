import { cpSync, existsSync, renameSync, rmSync } from 'node:fs';

/**
 * Runs `work` and then puts `dir` back as it was before, even when `work` fails or throws.
 * electron-builder rebuilds better-sqlite3 for Electron's ABI inside node_modules itself; left so,
 * the module no longer loads under Node and `npm test` fails. The copy sits beside `dir` (a rename
 * on the same disk restores it), and a copy left by a run that was killed is restored first.
 */
export async function keepingDirectory<T>(dir: string, work: () => Promise<T>): Promise<T> {
  const saved = `${dir}.before-package`;
  if (existsSync(saved)) restore(dir, saved);
  cpSync(dir, saved, { recursive: true });
  try {
    return await work();
  } finally {
    restore(dir, saved);
  }
}

function restore(dir: string, saved: string): void {
  rmSync(dir, { recursive: true, force: true });
  renameSync(saved, dir);
}
