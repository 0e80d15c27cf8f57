import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { LaunchHubProcess } from '../../electron/hub-supervisor';
import { nodeBundle } from '../../scripts/electron-bundles.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Bundles the hub process as `npm run build` does for the desktop app, into a cache folder inside
 * node_modules so that its npm packages resolve as they do from dist/.
 */
export async function bundleHubProcess(): Promise<string> {
  const outfile = `${root}node_modules/.cache/minwon-tests/hub-process-${String(process.pid)}.cjs`;
  await build({ ...nodeBundle, sourcemap: false, entryPoints: [`${root}electron/hub-process.ts`], outfile });
  return outfile;
}

/**
 * The hub process as Node forks it, where the desktop app uses an Electron utility process: the
 * same bundle and messages, so the supervisor is tested against a real hub, database and port.
 */
export function forkHubProcesses(bundle: string): {
  launch: LaunchHubProcess;
  children: ChildProcess[];
  output: string[];
} {
  const children: ChildProcess[] = [];
  const output: string[] = [];
  const launch: LaunchHubProcess = (events) => {
    const child = fork(bundle, [], { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    children.push(child);
    child.stdout?.setEncoding('utf8').on('data', (text: string) => output.push(text));
    child.stderr?.setEncoding('utf8').on('data', (text: string) => output.push(text));
    child.on('message', (message) => {
      events.message(message);
    });
    child.on('exit', (code) => {
      events.exit(code);
    });
    return {
      post: (message) => {
        if (child.connected) child.send(message);
      },
      kill: () => {
        child.kill('SIGKILL');
      },
    };
  };
  return { launch, children, output };
}
