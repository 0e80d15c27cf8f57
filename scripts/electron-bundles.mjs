// How each part of the desktop app is bundled, shared by scripts/build-electron.mjs and the tests
// that check the bundles (the hub process run under Node, the preloads' contents).

/**
 * Main and the hub process: CommonJS for Node, npm packages left outside (electron-builder ships
 * them, and better-sqlite3 must be rebuilt for Electron's ABI rather than bundled).
 */
export const nodeBundle = {
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

/** A sandboxed preload may require only 'electron' and a few built-ins: no banner, no npm package. */
export const preloadBundle = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'warning',
};

export const preloads = ['preload', 'setup-preload', 'pin-preload'];

/** The app's own pages, served from the app's files under its own scheme (see local-scheme.ts). */
export const localPages = ['setup', 'pin', 'connecting'];

export const localPageBundle = {
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'chrome130',
  sourcemap: true,
  logLevel: 'warning',
};
