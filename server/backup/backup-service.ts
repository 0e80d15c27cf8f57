import type { Db } from '../../db/open-database';
import type { Clock } from '../hub/clock';
import { backupDatabase, dailyBackupDue, listBackups, type BackupFile } from './backups';

export type BackupService = {
  dir: string;
  run(): Promise<BackupFile>;
  list(): BackupFile[];
  /** Makes today's backup if it is due; the hub calls this at start and every hour. */
  runIfDue(): Promise<BackupFile | null>;
  /** Resolves once no backup is running, so the database can be closed safely. */
  settled(): Promise<void>;
};

export function createBackupService(db: Db, dir: string, keep: number, clock: Clock): BackupService {
  let running: Promise<BackupFile> | null = null;
  const run = (): Promise<BackupFile> => {
    // One backup at a time: a second request while one runs gets the same file.
    running ??= backupDatabase(db, dir, clock.now(), keep).finally(() => {
      running = null;
    });
    return running;
  };
  return {
    dir,
    run,
    list: () => listBackups(dir),
    runIfDue: () => (dailyBackupDue(dir, clock.now()) ? run() : Promise.resolve(null)),
    settled: async () => {
      await running?.catch(() => undefined);
    },
  };
}
