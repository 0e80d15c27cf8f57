import { chmodSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../../db/open-database';
import { seoulDateTime } from '../../shared/report/seoul-time';
import { businessDay } from '../../shared/time/business-day';
import { privateFile, privateFolder } from '../private-files';

export type BackupFile = { name: string; bytes: number; businessDay: string };

const BACKUP_NAME = /^office-(\d{4})(\d{2})(\d{2})-(\d{6})\.db$/;

export function backupFileName(now: number): string {
  const [day = '', time = ''] = seoulDateTime(now).split(' ');
  return `office-${day.replaceAll('-', '')}-${time.replaceAll(':', '')}.db`;
}

/** The backups in `dir`, newest first. */
export function listBackups(dir: string): BackupFile[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .flatMap((name) => {
      const m = BACKUP_NAME.exec(name);
      return m
        ? [{ name, bytes: statSync(join(dir, name)).size, businessDay: `${m[1]}-${m[2]}-${m[3]}` }]
        : [];
    })
    .sort((a, b) => b.name.localeCompare(a.name));
}

/**
 * Copies the live database with SQLite's online backup, page by page, while the hub keeps
 * serving; then keeps only the newest `keep` backups.
 */
export async function backupDatabase(db: Db, dir: string, now: number, keep: number): Promise<BackupFile> {
  privateFolder(dir);
  const name = backupFileName(now);
  privateFile(join(dir, name));
  await db.backup(join(dir, name));
  chmodSync(join(dir, name), 0o600);
  for (const old of listBackups(dir).slice(keep)) rmSync(join(dir, old.name), { force: true });
  return listBackups(dir).find((b) => b.name === name)!;
}

/** The daily backup is due when no backup exists yet for today's business day. */
export function dailyBackupDue(dir: string, now: number): boolean {
  const today = businessDay(now);
  return !listBackups(dir).some((b) => b.businessDay === today);
}
