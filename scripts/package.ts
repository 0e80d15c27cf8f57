// `npm run package`: electron-builder, leaving node_modules/better-sqlite3 built for Node as it
// was (electron-builder rebuilds it in place for Electron's ABI, which breaks `npm test`).
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { keepingDirectory } from './native-build-guard';

const require = createRequire(import.meta.url);
const builder = require.resolve('electron-builder/cli.js');
const moduleBuild = require.resolve('better-sqlite3/package.json').replace(/package\.json$/, 'build');

const status = await keepingDirectory(
  moduleBuild,
  () =>
    new Promise<number>((resolve) => {
      const child = spawn(process.execPath, [builder, ...process.argv.slice(2)], { stdio: 'inherit' });
      // Ctrl+C or a killed terminal stops electron-builder first, so the module is put back after it.
      for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        process.once(signal, () => child.kill(signal));
      }
      child.on('exit', (code) => {
        resolve(code ?? 1);
      });
    }),
);

const loads = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], {
  stdio: 'inherit',
});
if (loads.status !== 0) {
  console.error('better-sqlite3 no longer loads under Node; run `npm rebuild better-sqlite3`.');
  process.exit(1);
}
process.exit(status);
