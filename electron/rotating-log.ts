import { closeSync, fstatSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

export type RotatingLog = { write(text: string): void; close(): void };

/**
 * An append-only log file that never fills the disk: past `maxBytes` it becomes `<file>.1` (the
 * older ones shift to `.2` …, the oldest beyond `keep` is deleted) and a fresh file starts. Writes
 * are synchronous: lines are few (a request or a restart each), and a crash loses none.
 */
export function createRotatingLog(
  path: string,
  options: { maxBytes?: number; keep?: number } = {},
): RotatingLog {
  const maxBytes = options.maxBytes ?? 10 * 1024 * 1024;
  const keep = options.keep ?? 3;
  mkdirSync(dirname(path), { recursive: true });
  let fd = openSync(path, 'a', 0o600);
  let size = fstatSync(fd).size;
  let broken = false;

  const rotate = (): void => {
    closeSync(fd);
    rmSync(`${path}.${String(keep)}`, { force: true });
    for (let i = keep - 1; i >= 1; i--) {
      try {
        renameSync(`${path}.${String(i)}`, `${path}.${String(i + 1)}`);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    renameSync(path, `${path}.1`);
    fd = openSync(path, 'a', 0o600);
    size = 0;
  };

  return {
    write(text) {
      if (broken) return;
      const bytes = Buffer.from(text, 'utf8');
      try {
        if (size > 0 && size + bytes.length > maxBytes) rotate();
        writeSync(fd, bytes);
        size += bytes.length;
      } catch (error) {
        // A full disk or a locked file must not take the app down; say it once, where it can be seen.
        broken = true;
        console.error(`The log ${path} cannot be written any more: ${(error as Error).message}`);
      }
    },
    close() {
      closeSync(fd);
    },
  };
}

/** One line of the desktop app's own log: an ISO time, then the text. */
export function logLine(now: number, text: string): string {
  return `${new Date(now).toISOString()} ${text}\n`;
}
