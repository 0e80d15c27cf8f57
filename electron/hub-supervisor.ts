import {
  fromHubProcess,
  type FromHubProcess,
  type HubStartOptions,
  type ToHubProcess,
} from './hub-process-protocol';
import { backoffDelay, HUB_RESTART, type BackoffSchedule, type Timers } from './retry-schedule';

/** One run of the hub process, as the supervisor sees it (a utility process, or a Node fork in tests). */
export type HubProcess = {
  post(message: ToHubProcess): void;
  /** Ends the process without waiting for it to close the hub. */
  kill(): void;
};

export type HubProcessEvents = {
  message(message: unknown): void;
  exit(code: number | null): void;
};

export type LaunchHubProcess = (events: HubProcessEvents) => HubProcess;

/** Why the hub did not start: the system's code (EADDRINUSE …) and its message. */
export class HubStartError extends Error {
  override name = 'HubStartError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export type HubSupervisorDeps = {
  launch: LaunchHubProcess;
  options: HubStartOptions;
  now: () => number;
  timers: Timers;
  log: (line: string) => void;
  restart?: BackoffSchedule;
  /** A hub that ran this long before it stopped is restarted after the first wait again. */
  stableMs?: number;
  /** How long a hub may take to close before it is killed (the database is safe either way). */
  stopTimeoutMs?: number;
  /** How long a start may take (migrating a large database included) before the process is ended. */
  startTimeoutMs?: number;
};

type Run = {
  process?: HubProcess;
  readyAt: number | null;
  failure: HubStartError | null;
  startTimer: unknown;
};

/**
 * Keeps the office's hub running in a process of its own: starts it, restarts it with back-off
 * whenever it stops or fails to start, and closes it on `stop`. `start` answers with the first
 * outcome (the hub's address, or why it did not start) while the restarts go on.
 */
export function createHubSupervisor(deps: HubSupervisorDeps) {
  const schedule = deps.restart ?? HUB_RESTART;
  const stableMs = deps.stableMs ?? 5 * 60_000;
  const stopTimeoutMs = deps.stopTimeoutMs ?? 20_000;
  const startTimeoutMs = deps.startTimeoutMs ?? 120_000;
  let run: Run | null = null;
  let restartTimer: unknown = null;
  let attempt = 0;
  let stopping: Promise<void> | null = null;
  let stopped: (() => void) | null = null;
  let url: string | null = null;
  let lastFailure: HubStartError | null = null;
  let first: { resolve(url: string): void; reject(error: HubStartError): void } | null = null;
  let firstOutcome: Promise<string> | null = null;
  const readyListeners = new Set<(url: string) => void>();

  const settleFirst = (outcome: string | HubStartError): void => {
    if (!first) return;
    if (typeof outcome === 'string') first.resolve(outcome);
    else first.reject(outcome);
    first = null;
  };

  const onMessage = (current: Run, raw: unknown): void => {
    if (run !== current) return;
    const parsed = fromHubProcess.safeParse(raw);
    if (!parsed.success) {
      deps.log('hub process: ignored a message it should not send');
      return;
    }
    const message: FromHubProcess = parsed.data;
    deps.timers.clear(current.startTimer);
    if (message.kind === 'ready') {
      current.readyAt = deps.now();
      url = message.url;
      lastFailure = null;
      deps.log(`hub ready at ${message.url}`);
      settleFirst(message.url);
      for (const listener of readyListeners) listener(message.url);
      return;
    }
    current.failure = new HubStartError(message.code, message.message);
    lastFailure = current.failure;
    deps.log(`hub did not start: ${message.code}: ${message.message}`);
    settleFirst(current.failure);
    // It exits when told; the restart is scheduled from its exit like any other end.
    current.process?.post({ kind: 'stop' });
  };

  const onExit = (current: Run, code: number | null): void => {
    if (run !== current) return;
    deps.timers.clear(current.startTimer);
    run = null;
    url = null;
    if (stopping) {
      stopped?.();
      return;
    }
    if (!current.failure) {
      lastFailure = new HubStartError(
        'hub_exited',
        `the hub process ended (exit code ${String(code)})${current.readyAt === null ? ' before it was ready' : ''}`,
      );
      deps.log(lastFailure.message);
      settleFirst(lastFailure);
    }
    if (current.readyAt !== null && deps.now() - current.readyAt >= stableMs) attempt = 0;
    const wait = backoffDelay(attempt++, schedule);
    deps.log(`restarting the hub in ${String(Math.round(wait / 1000))} s`);
    restartTimer = deps.timers.set(() => {
      restartTimer = null;
      launch();
    }, wait);
  };

  const launch = (): void => {
    const current: Run = { readyAt: null, failure: null, startTimer: null };
    run = current;
    current.process = deps.launch({
      message: (message) => {
        onMessage(current, message);
      },
      exit: (code) => {
        onExit(current, code);
      },
    });
    current.process.post({ kind: 'start', options: deps.options });
    // A hub that neither starts nor fails (a database locked by another program, say) is ended
    // and tried again like one that failed.
    current.startTimer = deps.timers.set(() => {
      if (run !== current || current.readyAt !== null || current.failure) return;
      current.failure = new HubStartError(
        'start_timeout',
        `the hub did not start within ${String(startTimeoutMs / 1000)} s`,
      );
      lastFailure = current.failure;
      deps.log(current.failure.message);
      settleFirst(current.failure);
      current.process?.kill();
    }, startTimeoutMs);
  };

  return {
    /** Starts the hub; resolves with its address once ready, or rejects with why its first start failed. */
    start(): Promise<string> {
      if (firstOutcome) return firstOutcome;
      firstOutcome = new Promise<string>((resolve, reject) => {
        first = { resolve, reject };
      });
      // A caller that does not wait for the first outcome must not turn a failed start into a crash.
      firstOutcome.catch(() => undefined);
      launch();
      return firstOutcome;
    },

    /** Closes the hub and stops restarting it; kills it if it does not close in time. */
    stop(): Promise<void> {
      stopping ??= new Promise<void>((resolve) => {
        if (restartTimer !== null) deps.timers.clear(restartTimer);
        restartTimer = null;
        settleFirst(new HubStartError('stopped', 'the hub was stopped before it was ready'));
        const current = run;
        if (!current) {
          resolve();
          return;
        }
        const killTimer = deps.timers.set(() => {
          deps.log(`the hub did not close within ${String(stopTimeoutMs / 1000)} s; ending it`);
          current.process?.kill();
        }, stopTimeoutMs);
        stopped = () => {
          deps.timers.clear(killTimer);
          deps.log('hub closed');
          resolve();
        };
        current.process?.post({ kind: 'stop' });
      });
      return stopping;
    },

    /** Called with the hub's address each time it is ready, after a restart too. */
    onReady(listener: (url: string) => void): () => void {
      readyListeners.add(listener);
      return () => readyListeners.delete(listener);
    },

    /** The address while the hub runs; null while it is down. */
    url: () => url,

    /** Why the hub is down, for the screens' connecting page; null while it runs. */
    lastFailure: () => (url === null ? lastFailure : null),
  };
}
