// Bundles the Electron main process, the hub's process and the preloads into CommonJS (a sandboxed
// preload must be CommonJS), and the app's own setup, PIN and connecting pages for the browser.
import { copyFileSync, mkdirSync } from 'node:fs';
import { build } from 'esbuild';
import { localPageBundle, localPages, nodeBundle, preloadBundle, preloads } from './electron-bundles.mjs';

await build({ ...nodeBundle, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' });
await build({
  ...nodeBundle,
  entryPoints: ['electron/hub-process.ts'],
  outfile: 'dist/electron/hub-process.cjs',
});
for (const preload of preloads) {
  await build({
    ...preloadBundle,
    entryPoints: [`electron/${preload}.ts`],
    outfile: `dist/electron/${preload}.cjs`,
  });
}

const pages = 'dist/electron/local-pages';
mkdirSync(pages, { recursive: true });
for (const page of localPages) {
  await build({
    ...localPageBundle,
    entryPoints: [`electron/local-pages/${page}-page.ts`],
    outfile: `${pages}/${page}.js`,
  });
  copyFileSync(`electron/local-pages/${page}.html`, `${pages}/${page}.html`);
}
copyFileSync('electron/local-pages/local-pages.css', `${pages}/local-pages.css`);
