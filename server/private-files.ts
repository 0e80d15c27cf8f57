import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';

/**
 * The office's data (staff, notes, visits) is for the hub's own account only: its folders are
 * 0700 and its files 0600, whatever the umask. On Windows these modes mean little; the folder's
 * place in the user's profile protects it there.
 */
export function privateFolder(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}

/**
 * Creates `file` 0600 (or makes it so) before SQLite opens it: SQLite gives the -wal and -shm
 * files it makes the database file's mode.
 */
export function privateFile(file: string): void {
  closeSync(openSync(file, 'a', 0o600));
  chmodSync(file, 0o600);
}
