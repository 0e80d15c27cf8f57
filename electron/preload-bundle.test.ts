import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { preloadBundle, preloads } from '../scripts/electron-bundles.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('the preloads', () => {
  it.each(preloads)('%s bundles only the app’s own small modules, no npm package', async (preload) => {
    const result = await build({
      ...preloadBundle,
      entryPoints: [`${root}electron/${preload}.ts`],
      absWorkingDir: root,
      write: false,
      sourcemap: false,
      metafile: true,
    });
    // Every page loads its preload; one that imported the IPC schema once carried all of zod (755 KB).
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((input) => input.includes('node_modules'))).toEqual([]);
    expect(inputs.every((input) => input.startsWith('electron/') || input.startsWith('shared/'))).toBe(true);
  });
});
