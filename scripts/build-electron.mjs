// Bundles the Electron main process and preload into CommonJS (a sandboxed preload must be
// CommonJS). npm packages stay external: electron-builder ships them, and better-sqlite3 must be
// rebuilt for Electron's ABI rather than bundled.
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
await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs' });
