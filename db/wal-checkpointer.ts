import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Db } from './open-database';

/**
 * SQLite copies the write-ahead log back into the database (a checkpoint) on the connection
 * that commits, once the log holds 1,000 pages: every hundredth ticket or so waited for a few
 * hundred page writes and an fsync of the database file, which made the slowest commands of
 * the hub. A thread of its own, with its own connection, now checkpoints while commands go on
 * (PASSIVE: it never blocks a writer or a reader). Durability is unchanged: every commit is
 * still in the log, fsynced, before it is answered.
 *
 * If the thread cannot keep up, or stops, the hub's connection still checkpoints once the log
 * reaches `FALLBACK_PAGES`: the log never grows without bound.
 */
export type WalCheckpointer = {
  /** Stops the thread; the hub's connection checkpoints as before. */
  close(): Promise<void>;
};

const DEFAULT_PAGES = 1_000;
const FALLBACK_PAGES = 10_000;

// The worker is source text, not a file: the hub runs from TypeScript (tsx, vitest) and bundled
// (Electron), and a string needs no second entry point in either. It loads the same
// better-sqlite3 the hub does, found by the hub.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 5000');
let timer = null;
const round = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    parentPort.postMessage({ failed: String(error) });
  }
  timer = setTimeout(round, workerData.intervalMs);
};
timer = setTimeout(round, workerData.intervalMs);
parentPort.on('message', () => {
  clearTimeout(timer);
  db.close();
  parentPort.close();
});
`;

export function startWalCheckpointer(
  db: Db,
  file: string,
  options: { intervalMs?: number; onError?: (error: unknown) => void } = {},
): WalCheckpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { driver, file, intervalMs: options.intervalMs ?? 100 },
  });
  db.pragma(`wal_autocheckpoint = ${FALLBACK_PAGES}`);
  const stopped = new Promise<void>((resolve) => {
    worker.once('exit', () => {
      if (db.open) db.pragma(`wal_autocheckpoint = ${DEFAULT_PAGES}`);
      resolve();
    });
  });
  worker.on('message', (message: { failed?: string }) => {
    if (message.failed) options.onError?.(new Error(`background checkpoint failed: ${message.failed}`));
  });
  worker.on('error', (error) => options.onError?.(error));
  // The thread must not keep a hub that is otherwise done from exiting.
  worker.unref();
  return {
    async close() {
      worker.ref();
      worker.postMessage('close');
      await stopped;
    },
  };
}
