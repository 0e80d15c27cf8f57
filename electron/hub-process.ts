// The hub's own process: a utility process of the desktop app (or a Node fork in tests). It runs
// the same `startHub` as the headless `npm run serve`, so that SQLite and the exports never run on
// the main process's thread, and a hub that crashes takes no window with it.
import { startHub, type RunningHub } from '../server/start-hub';
import { toHubProcess, type FromHubProcess, type HubStartOptions } from './hub-process-protocol';

type ParentPortLike = {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
};

type Channel = { post(message: FromHubProcess): void; onMessage(listener: (message: unknown) => void): void };

/** Electron's `process.parentPort` in a utility process; Node's IPC channel in a fork. */
function parentChannel(): Channel {
  const port = (process as { parentPort?: ParentPortLike }).parentPort;
  if (port) {
    return {
      post: (message) => {
        port.postMessage(message);
      },
      onMessage: (listener) => {
        port.on('message', (event) => {
          listener(event.data);
        });
      },
    };
  }
  const send = process.send?.bind(process);
  if (!send) throw new Error('the hub process runs as a utility process or a forked Node process');
  return {
    post: (message) => {
      send(message);
    },
    onMessage: (listener) => {
      process.on('message', listener);
    },
  };
}

/** The system's code for a failed start (EADDRINUSE, EACCES, SQLITE_CANTOPEN …), or the error's name. */
function failureOf(error: unknown): FromHubProcess {
  if (!(error instanceof Error)) return { kind: 'failed', code: 'unknown', message: String(error) };
  const code = (error as { code?: unknown }).code;
  return { kind: 'failed', code: typeof code === 'string' ? code : error.name, message: error.message };
}

const channel = parentChannel();
let starting: Promise<RunningHub | null> | null = null;
let stopping: Promise<never> | null = null;

async function start(options: HubStartOptions): Promise<RunningHub | null> {
  try {
    // Request lines go to stdout, which the desktop app keeps in its log file.
    const running = await startHub({ ...options, log: process.stdout });
    console.log(`Hub ready: ${running.url}  (database ${running.dbFile}, process ${String(process.pid)})`);
    channel.post({ kind: 'ready', url: running.url });
    return running;
  } catch (error) {
    channel.post(failureOf(error));
    return null;
  }
}

async function closeAndExit(): Promise<never> {
  const running = await starting;
  await running?.close();
  process.exit(0);
}

function stop(): void {
  stopping ??= closeAndExit();
}

channel.onMessage((raw) => {
  const message = toHubProcess.safeParse(raw);
  if (!message.success) {
    // Said, not ignored: main waits for an answer, and a silent hub would never start.
    channel.post({ kind: 'failed', code: 'bad_message', message: message.error.message });
  } else if (message.data.kind === 'start') {
    starting ??= start(message.data.options);
  } else {
    stop();
  }
});

// The operating system ending the session closes the database like a stop from the app would.
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
