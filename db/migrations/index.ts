import type Database from 'better-sqlite3';
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-desk-work';
import { migration0003 } from './0003-office-hours';
import { migration0004 } from './0004-ledger-and-export';
import { migration0005 } from './0005-finish-note';
import { migration0006 } from './0006-devices';
import { migration0007 } from './0007-kiosk-languages';
import { migration0008, rechainEvents0008 } from './0008-visit-retention';
import { migration0009 } from './0009-region-devices';
import { migration0010 } from './0010-cases-and-ratings';
import { migration0011 } from './0011-priority-and-forecast';
import { migration0012 } from './0012-office-languages';
import { migration0013 } from './0013-day-end';
import { migration0014 } from './0014-ticket-indexes';
import { migration0015 } from './0015-payload-blanking';
import { migration0016 } from './0016-transfer-place-and-home-department';
import { migration0017 } from './0017-approval-boxes';
import { migration0018 } from './0018-priority-waiting-index';

/** In order; the position + 1 is the schema version it brings the database to. */
export const migrations: readonly string[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
  migration0011,
  migration0012,
  migration0013,
  migration0014,
  migration0015,
  migration0016,
  migration0017,
  migration0018,
];

/**
 * The code a migration needs beyond its SQL (keyed by the version it brings the database to): it
 * runs right after that SQL, in the same transaction, so a throw leaves the database untouched.
 */
export const migrationSteps: ReadonlyMap<number, (db: Database.Database) => void> = new Map([
  [8, rechainEvents0008],
]);
