import { join } from 'node:path';
import { utilityProcess } from 'electron';
import type { DownReason } from './hub-probe';
import type { HubStartOptions } from './hub-process-protocol';
import { createHubSupervisor, type LaunchHubProcess } from './hub-supervisor';
import { systemTimers } from './retry-schedule';
import { createRotatingLog, logLine } from './rotating-log';

/** The hub process's entry, bundled beside main (scripts/build-electron.mjs). */
const hubProcessEntry = join(__dirname, 'hub-process.cjs');

/**
 * Starts each run of the hub in an Electron utility process: a Node process of its own, which
 * works with the RunAsNode fuse off (child_process.fork would need it on). Its output goes to the
 * log file.
 */
function launchUtilityProcess(output: (text: string) => void): LaunchHubProcess {
  return (events) => {
    const child = utilityProcess.fork(hubProcessEntry, [], { serviceName: 'minwon-hub', stdio: 'pipe' });
    const write = (chunk: Buffer): void => {
      output(chunk.toString('utf8'));
    };
    child.stdout?.on('data', write);
    child.stderr?.on('data', write);
    child.on('message', (message: unknown) => {
      events.message(message);
    });
    child.on('exit', (code) => {
      events.exit(code);
    });
    return {
      // Messages posted before the process is up wait in its channel.
      post: (message) => {
        child.postMessage(message);
      },
      kill: () => {
        child.kill();
      },
    };
  };
}

export type EmbeddedHub = ReturnType<typeof createHubSupervisor>;

/**
 * The hub of a `hub` installation, supervised, with its log in `<userData>/logs/hub.log`: the
 * request log, each start, stop and restart, and whatever the hub prints when it fails (a backup
 * that could not be written, say).
 */
export function createEmbeddedHub(options: HubStartOptions, logDir: string): EmbeddedHub {
  const log = createRotatingLog(join(logDir, 'hub.log'));
  return createHubSupervisor({
    launch: launchUtilityProcess((text) => {
      log.write(text);
    }),
    options,
    now: Date.now,
    timers: systemTimers,
    log: (line) => {
      log.write(logLine(Date.now(), line));
    },
  });
}

/** Why this PC's own hub is down, as the connecting page explains it; null while it runs. */
export function embeddedHubDown(hub: EmbeddedHub): DownReason | null {
  const failure = hub.lastFailure();
  return failure ? { code: 'hub_not_started', detail: `${failure.code}: ${failure.message}` } : null;
}
