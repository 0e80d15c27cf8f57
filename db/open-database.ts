import Database from 'better-sqlite3';
import { migrationSteps, migrations } from './migrations/index';

export type Db = Database.Database;

export class NewerDatabaseError extends Error {
  constructor(found: number, known: number) {
    super(
      `This database was written by a newer version of the app (schema ${found}; this version knows up to ${known}). ` +
        'Install the newer version, or restore a backup made by this one; the file was left untouched.',
    );
    this.name = 'NewerDatabaseError';
  }
}

/**
 * Opens (and creates or upgrades) the office database. WAL lets screens read while the hub
 * writes; synchronous=FULL because a ticket number, once printed, must survive a power cut:
 * NORMAL in WAL mode can lose the last commits on power loss, and the charter's figures are
 * only as true as the log.
 */
export function openDatabase(file: string): Db {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    db.pragma('foreign_keys = ON');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Runs the migrations the file lacks in one transaction. Foreign keys are off meanwhile and checked
 * as a whole before the commit: SQLite's documented way to rebuild a table that others reference
 * (the only way to change a CHECK constraint), since the pragma cannot change inside a transaction.
 */
function migrate(db: Db): void {
  const found = schemaVersion(db);
  if (found > migrations.length) throw new NewerDatabaseError(found, migrations.length);
  if (found === migrations.length) return;
  db.pragma('foreign_keys = OFF');
  db.transaction(() => {
    for (let version = found + 1; version <= migrations.length; version++) {
      db.exec(migrations[version - 1]!);
      migrationSteps.get(version)?.(db);
      db.pragma(`user_version = ${version}`);
    }
    const broken = db.pragma('foreign_key_check') as { table: string; parent: string }[];
    if (broken.length > 0) {
      const first = broken[0]!;
      throw new Error(
        `The upgrade would leave ${broken.length} broken reference(s), first from ${first.table} to ${first.parent}; ` +
          'the database was left untouched.',
      );
    }
  }).immediate();
}

/**
 * A second, read-only connection for long reads such as exports: better-sqlite3 keeps a
 * connection busy while a statement iterates, and WAL lets this one read a consistent
 * snapshot while the hub's connection goes on writing.
 */
export function openReadOnly(file: string): Db {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const found = schemaVersion(db);
  if (found !== migrations.length) {
    db.close();
    if (found > migrations.length) throw new NewerDatabaseError(found, migrations.length);
    throw new Error(`The database is at schema ${found}; open it with the hub once to upgrade it.`);
  }
  return db;
}
