// `npm start`: the desktop app where the Electron binary is installed; otherwise the same
// screens served to a browser by a hub under Node.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ELECTRON_MISSING_REASON, findElectronBinary } from '../electron/electron-binary';

const root = process.cwd();
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(script: string): void {
  const result = spawnSync(npm, ['run', '--silent', script], { stdio: 'inherit', cwd: root });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync(join(root, 'dist', 'renderer', 'index.html'))) run('build:renderer');

const electron = findElectronBinary(root);
const hubArgs = ['--import', 'tsx', 'server/cli/serve.ts', '--data', '.data', '--demo'];

if (!electron) {
  console.log(
    `Electron is not available: ${ELECTRON_MISSING_REASON}. Serving the screens to a browser instead.`,
  );
  const hub = spawn(process.execPath, hubArgs, { stdio: 'inherit', cwd: root });
  hub.on('exit', (code) => process.exit(code ?? 0));
} else {
  run('build:electron');
  // The hub runs under Node here because better-sqlite3 in node_modules is built for Node's ABI;
  // the packaged app embeds the hub, with the module rebuilt for Electron by electron-builder.
  const hub = spawn(process.execPath, [...hubArgs, '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let launched = false;
  hub.stdout.setEncoding('utf8');
  hub.stdout.on('data', (chunk: string) => {
    process.stdout.write(chunk);
    const url = /Hub ready: (http:\/\/\S+)/.exec(chunk)?.[1];
    if (url && !launched) {
      launched = true;
      const app = spawn(electron, [join(root, 'dist', 'electron', 'main.cjs'), `--hub-url=${url}`], {
        stdio: 'inherit',
      });
      app.on('exit', (code) => {
        hub.kill();
        process.exit(code ?? 0);
      });
    }
  });
  hub.on('exit', (code) => {
    if (!launched) process.exit(code ?? 1);
  });
}
