// Runs shell commands side by side, as many at once as the machine has cores, and prints each
// command's output whole when it ends, so that logs never interleave. Exits non-zero when any
// command failed, after all have run, so one run shows every failure.
//   node scripts/run-parallel.mjs "tsc -p a" "tsc -p b" "eslint ."
// Commands are started in the order given: put the longest first.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

const commands = process.argv.slice(2);
if (commands.length === 0) {
  console.error('run-parallel: no commands given');
  process.exit(2);
}

const slots = Math.max(1, Math.min(availableParallelism(), commands.length));

function run(command) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code, signal) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const outcome = code === 0 ? 'ok' : `failed (${signal ?? `exit ${String(code)}`})`;
      process.stdout.write(`\n> ${command}  — ${outcome} in ${seconds} s\n`);
      process.stdout.write(Buffer.concat(output));
      resolve(code === 0);
    });
  });
}

const queue = [...commands];
const results = [];
async function worker() {
  for (let command = queue.shift(); command !== undefined; command = queue.shift()) {
    results.push(await run(command));
  }
}
await Promise.all(Array.from({ length: slots }, worker));
process.exit(results.every(Boolean) ? 0 : 1);
