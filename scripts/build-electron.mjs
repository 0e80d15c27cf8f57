// Bundles the Electron main process and the preloads into CommonJS (a sandboxed preload must be
// CommonJS), and the app's own setup and PIN pages for the browser. npm packages stay external in
// main: electron-builder ships them, and better-sqlite3 must be rebuilt for Electron's ABI rather
// than bundled.
import { copyFileSync, mkdirSync } from 'node:fs';
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  // The hub's modules are ES modules that find their files from import.meta.url; CommonJS has
  // __filename instead.
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

await build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' });
// A sandboxed preload may require only 'electron' and a few built-ins: no banner, no npm package.
for (const preload of ['preload', 'setup-preload', 'pin-preload']) {
  await build({
    entryPoints: [`electron/${preload}.ts`],
    outfile: `dist/electron/${preload}.cjs`,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['electron'],
    sourcemap: true,
    logLevel: 'warning',
  });
}

// The setup and PIN pages load from the app's own files (their CSP allows nothing else).
const pages = 'dist/electron/local-pages';
mkdirSync(pages, { recursive: true });
for (const page of ['setup', 'pin']) {
  await build({
    entryPoints: [`electron/local-pages/${page}-page.ts`],
    outfile: `${pages}/${page}.js`,
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'chrome130',
    sourcemap: true,
    logLevel: 'warning',
  });
}
for (const file of ['setup.html', 'pin.html', 'local-pages.css']) {
  copyFileSync(`electron/local-pages/${file}`, `${pages}/${file}`);
}
